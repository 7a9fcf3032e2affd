package org.yrdkg.graph.query;

import java.util.List;

/**
 * A read query kept in {@code cypher/queries/NAME.cypher}, with the description, parameters and examples
 * its header declares.
 */
public record NamedQuery(String name, String description, List<QueryParameter> params, List<String> examples,
                         String cypher) {

    public NamedQuery {
        params = List.copyOf(params);
        examples = List.copyOf(examples);
    }
}
