package org.yrdkg.graph.query;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.yrdkg.graph.read.BadParameterException;
import org.yrdkg.graph.read.EntityLookup;
import org.yrdkg.graph.read.NotFoundException;

/** Runs a named query with the request's parameters, checked against its header, as Cypher parameters. */
@Component
public class NamedQueries {

    /** The values the query ran with (entities resolved to ids; each query declares its own, hence a map) and its rows. */
    public record Answer(String query, Map<String, Object> params, CypherResult result) {
    }

    private final NamedQueryCatalog catalog;
    private final ReadOnlyCypher cypher;
    private final EntityLookup lookup;

    public NamedQueries(NamedQueryCatalog catalog, ReadOnlyCypher cypher, EntityLookup lookup) {
        this.catalog = catalog;
        this.cypher = cypher;
        this.lookup = lookup;
    }

    public Answer run(String name, Map<String, String> request) {
        NamedQuery query = catalog.find(name).orElseThrow(() -> new NotFoundException("No such query",
                "No named query '" + name + "'; GET /api/queries lists them."));
        Set<String> declared = query.params().stream().map(QueryParameter::name).collect(Collectors.toSet());
        for (String given : request.keySet()) {
            if (!declared.contains(given)) {
                throw new BadParameterException(given, "Query '" + name + "' has no parameter '" + given
                        + "'; it takes " + (declared.isEmpty() ? "none" : String.join(", ", declared)) + ".");
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (QueryParameter p : query.params()) {
            Object value = p.convert(request.get(p.name()));
            if (value != null && p.type() == QueryParameter.Type.Entity) {
                value = lookup.require(p.name(), (String) value).id();
            }
            values.put(p.name(), value);
        }
        return new Answer(name, values, cypher.run(query.cypher(), values, null, null));
    }
}
