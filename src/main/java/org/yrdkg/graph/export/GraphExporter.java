package org.yrdkg.graph.export;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Transaction;
import org.springframework.stereotype.Component;
import org.yrdkg.graph.CypherFiles;
import org.yrdkg.graph.GraphDatabase;
import org.yrdkg.graph.read.GraphValues;

/**
 * Writes a part of the graph (an {@link ExportScope}) to a {@link GraphSink}, record by record as the
 * driver fetches them: the property keys first (so that GraphML and CSV can declare their columns),
 * then the entities, then the facts, all in one read transaction so that the three agree. Nothing but
 * the keys is held in memory, however large the graph. The transaction is unmanaged: a retry after
 * half the output was written would write it twice.
 */
@Component
public class GraphExporter {

    /** How many entities and facts were written. */
    public record Counts(long nodes, long edges) {
    }

    private final Driver driver;
    private final GraphDatabase database;

    public GraphExporter(Driver driver, GraphDatabase database) {
        this.driver = driver;
        this.database = database;
    }

    public Counts export(ExportScope scope, GraphSink sink) throws IOException {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", scope.ids());
        try (var session = driver.session(database.readSessionConfig());
             Transaction tx = session.beginTransaction()) {
            sink.begin(keys(tx.run(CypherFiles.query("read/export-keys"), params)));
            long nodes = 0;
            Result rows = tx.run(CypherFiles.query("read/export-nodes"), params);
            while (rows.hasNext()) {
                Record row = rows.next();
                sink.node(row.get("id").asString(), row.get("type").asString(null), properties(row));
                nodes++;
            }
            long edges = 0;
            rows = tx.run(CypherFiles.query("read/export-edges"), params);
            while (rows.hasNext()) {
                Record row = rows.next();
                sink.edge(row.get("id").asString(), row.get("source").asString(), row.get("target").asString(),
                        row.get("type").asString(), properties(row));
                edges++;
            }
            sink.end();
            tx.commit();
            return new Counts(nodes, edges);
        }
    }

    private static PropertyKeys keys(Result rows) {
        Map<String, String> nodes = new TreeMap<>();
        Map<String, String> edges = new TreeMap<>();
        rows.forEachRemaining(row -> (row.get("kind").asString().equals("node") ? nodes : edges)
                .put(row.get("key").asString(), PropertyKeys.attributeType(row.get("types").asList(v -> v.asString()))));
        return new PropertyKeys(nodes, edges);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Record row) {
        return (Map<String, Object>) GraphValues.plain(row.get("properties"));
    }
}
