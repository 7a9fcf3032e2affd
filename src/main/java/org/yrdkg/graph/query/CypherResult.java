package org.yrdkg.graph.query;

import java.util.List;
import java.util.Map;

/**
 * Rows of a read query.
 *
 * @param truncated true when the query had more rows than the row limit; only the first {@code limit} are here
 */
public record CypherResult(List<String> columns, List<Map<String, Object>> rows, int rowCount, boolean truncated,
                           int limit, long elapsedMs) {
}
