package org.yrdkg.graph.query;

/** A read query whose answer, or the memory it needs, is over the limits (the API answers 422). */
public class ResultTooLargeException extends RuntimeException {

    public ResultTooLargeException(String message) {
        super(message);
    }

    /** Whether Neo4j's error says the query went over the transaction memory limit. */
    public static boolean isMemoryLimit(org.neo4j.driver.exceptions.Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        return code.contains("MemoryPoolOutOfMemoryError") || code.contains("TransactionOutOfMemoryError")
                || String.valueOf(e.getMessage()).contains("memory limit");
    }
}
