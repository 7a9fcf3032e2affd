package org.yrdkg.graph.read;

import java.time.Duration;

import org.neo4j.driver.exceptions.Neo4jException;

/** A read query stopped by the server because it ran past its time limit (the API answers 504). */
public class QueryTimeoutException extends RuntimeException {

    public QueryTimeoutException(Duration limit) {
        super("The query ran longer than its time limit of " + limit.toMillis() + " ms and was stopped. "
                + "Narrow it down (labels, indexed properties, LIMIT) and try again.");
    }

    /** Whether Neo4j's error says the transaction ran out of time (and was stopped by the server). */
    public static boolean isTimeout(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        return code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated");
    }
}
