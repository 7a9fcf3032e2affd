package org.yrdkg.graph.query;

import java.util.List;
import java.util.Map;

/**
 * Rows of a read query. They stay maps (column name to plain JSON-ready value), unlike the other reads' records:
 * a named query's file and the Cypher endpoint's text choose their own columns, so no record can say them; the
 * columns are listed beside the rows instead.
 *
 * @param truncated true when the query had more rows than the row limit; only the first {@code limit} are here
 */
public record CypherResult(List<String> columns, List<Map<String, Object>> rows, int rowCount, boolean truncated,
                           int limit, long elapsedMs) {
}
