package org.yrdkg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.graph.query.CypherGuard;
import org.yrdkg.graph.query.NamedQueryCatalog;
import org.yrdkg.graph.query.QueryFileParser;
import org.yrdkg.graph.query.QueryParameter;

/** A query file that writes is refused at start-up; headers are read as documented. */
class NamedQueryCatalogTest extends EmbeddedGraphTest {

    @Autowired
    CypherGuard guard;

    @Test
    void aWritingQueryFileIsRefusedNamingTheFile() {
        var catalog = new NamedQueryCatalog(guard, "classpath*:cypher/test-queries/*.cypher");
        assertThat(catalog.find("reads")).isPresent();
        assertThatThrownBy(catalog::checkAll).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("writes.cypher").hasMessageContaining("Only read queries");
    }

    @Test
    void headerGivesDescriptionParametersAndExamples() {
        var query = QueryFileParser.parse("q", """
                // Partners of a place,
                // most stated first.
                // @param place Entity required "name, alias or id"
                // @param limit Integer default 20 min 1 max 200 "rows at most"
                // @param type String values A,B "a type"
                // @example place=闵行区
                MATCH (n) RETURN n LIMIT $limit
                """);
        assertThat(query.description()).isEqualTo("Partners of a place, most stated first.");
        assertThat(query.examples()).containsExactly("place=闵行区");
        QueryParameter place = query.params().get(0);
        assertThat(place.type()).isEqualTo(QueryParameter.Type.Entity);
        assertThat(place.required()).isTrue();
        QueryParameter limit = query.params().get(1);
        assertThat(limit.convert(null)).isEqualTo(20L);
        assertThat(limit.convert("7")).isEqualTo(7L);
        assertThatThrownBy(() -> limit.convert("201")).hasMessageContaining("'limit'").hasMessageContaining("200");
        assertThat(query.params().get(2).values()).containsExactly("A", "B");
        assertThat(query.params().get(2).convert(null)).isNull();
    }

    @Test
    void aHeaderWithoutDescriptionOrWithUnknownTypeIsAnError() {
        assertThatThrownBy(() -> QueryFileParser.parse("q", "MATCH (n) RETURN n")).hasMessageContaining("description");
        assertThatThrownBy(() -> QueryFileParser.parse("q", "// d\n// @param x Date\nRETURN 1")).hasMessageContaining("Date");
    }
}
