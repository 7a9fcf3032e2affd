package org.yrdkg.graph.query;

import java.time.Duration;

/** A read query stopped by the server because it ran past its time limit. */
public class QueryTimeoutException extends RuntimeException {

    public QueryTimeoutException(Duration limit) {
        super("The query ran longer than its time limit of " + limit.toMillis() + " ms and was stopped. "
                + "Narrow it down (labels, indexed properties, LIMIT) and try again.");
    }
}
