package org.yrdkg.graph.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.yrdkg.graph.query.NamedQueries;
import org.yrdkg.graph.read.EntityLookup;
import org.yrdkg.graph.read.GraphReader;
import org.yrdkg.graph.read.GraphView;
import org.yrdkg.graph.read.Neighborhood;

/** Turns what a request asks for (the whole graph, an entity's neighbourhood, a named query's answer) into the ids to export. */
@Component
public class ExportScopes {

    /** Nodes at most in a neighbourhood export (the neighbourhood's own bound, the centre included). */
    public static final int MAX_NEIGHBOURHOOD = 2000;

    private final EntityLookup lookup;
    private final Neighborhood neighborhood;
    private final NamedQueries queries;
    private final GraphReader reader;

    public ExportScopes(EntityLookup lookup, Neighborhood neighborhood, NamedQueries queries, GraphReader reader) {
        this.lookup = lookup;
        this.neighborhood = neighborhood;
        this.queries = queries;
        this.reader = reader;
    }

    /** The entity (name, alias or id) and its neighbours up to {@code depth} facts away, as {@code GET /api/graph} finds them. */
    public ExportScope neighbourhood(String entity, int depth) {
        String id = lookup.require("entity", entity).id();
        GraphView view = neighborhood.around(id, depth, null, MAX_NEIGHBOURHOOD);
        return new ExportScope(view.elements().nodes().stream().map(n -> n.data().id()).toList());
    }

    /** The entities a named query's rows name, by id or by name, with the query's own parameters. */
    public ExportScope namedQuery(String name, Map<String, String> params) {
        List<String> values = new ArrayList<>();
        queries.run(name, params).result().rows().forEach(row -> texts(row.values(), values));
        Object ids = reader.rows("read/export-named-entities", Map.of("values", values)).get(0).get("ids");
        return new ExportScope(ids instanceof Collection<?> c ? c.stream().map(String::valueOf).toList() : List.of());
    }

    private static void texts(Collection<?> items, List<String> out) {
        for (Object item : items) {
            if (item instanceof String text) {
                out.add(text);
            } else if (item instanceof Map<?, ?> map) {
                texts(map.values(), out);
            } else if (item instanceof Collection<?> list) {
                texts(list, out);
            }
        }
    }
}
