package org.yrdkg.api;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;
import org.yrdkg.graph.query.NamedQuery;
import org.yrdkg.graph.query.NamedQueryCatalog;
import org.yrdkg.graph.query.QueryParameter;

/**
 * One OpenAPI operation per named query ({@code GET /api/queries/NAME}) with its declared parameters,
 * so Swagger UI offers a form for each; the generic {@code /api/queries/{name}} serves them all.
 */
@Component
class NamedQueryOpenApi implements OpenApiCustomizer {

    private final NamedQueryCatalog catalog;

    NamedQueryOpenApi(NamedQueryCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void customise(OpenAPI openApi) {
        for (NamedQuery query : catalog.all()) {
            Operation operation = new Operation()
                    .operationId("namedQuery_" + query.name().replace('-', '_'))
                    .tags(List.of("named-queries"))
                    .summary("Named query " + query.name() + ": " + firstSentence(query.description()))
                    .description(query.description() + " Example: `curl 'http://localhost:8080/api/queries/"
                            + query.name() + (query.examples().isEmpty() ? "" : "?" + query.examples().get(0)) + "'`.");
            for (QueryParameter p : query.params()) {
                operation.addParametersItem(new Parameter().in("query").name(p.name()).required(p.required())
                        .description(p.description() + (p.type() == QueryParameter.Type.Entity ? " (name, alias or id)" : ""))
                        .schema(schema(p)));
            }
            operation.setResponses(new ApiResponses()
                    .addApiResponse("200", new ApiResponse()
                            .description("the values used and the rows: {query, params, result: {columns, rows, truncated}}")));
            openApi.path("/api/queries/" + query.name(), new PathItem().get(operation));
        }
    }

    private static Schema<?> schema(QueryParameter p) {
        Schema<?> schema = switch (p.type()) {
            case Integer -> new IntegerSchema();
            case Float -> new NumberSchema();
            case Boolean -> new BooleanSchema();
            case String, Entity -> new StringSchema();
        };
        if (p.min() != null) {
            schema.setMinimum(BigDecimal.valueOf(p.min()));
        }
        if (p.max() != null) {
            schema.setMaximum(BigDecimal.valueOf(p.max()));
        }
        if (!p.values().isEmpty()) {
            ((StringSchema) schema).setEnum(p.values());
        }
        if (p.defaultValue() != null) {
            schema.setDefault(p.defaultValue());
        }
        return schema;
    }

    private static String firstSentence(String description) {
        int end = description.indexOf(':');
        return end > 0 ? description.substring(0, end) : description;
    }
}
