package org.yrdkg.graph.query;

/** A Cypher query that is not run because it could change the graph or is otherwise not allowed (400). */
public class QueryRefusedException extends RuntimeException {

    public QueryRefusedException(String reason) {
        super(reason);
    }
}
