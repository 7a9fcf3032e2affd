package org.yrdkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.yrdkg.graph.export.CsvSink;
import org.yrdkg.graph.export.ExportFormat;
import org.yrdkg.graph.export.ExportScope;
import org.yrdkg.graph.export.ExportScopes;
import org.yrdkg.graph.export.GraphExporter;
import org.yrdkg.graph.export.GraphMlSink;
import org.yrdkg.graph.export.JsonLinesSink;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The export of GET /api/export, written to a file (a folder of two files for CSV). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the graph (entities and the facts between them) from the configured Neo4j as GraphML, "
                + "CSV or JSON Lines: all of it, an entity's neighbourhood, or the entities a named query names.")
class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, description = "graphml, csv (OUT is a folder: nodes.csv, edges.csv) or jsonl")
    String format;

    @Option(names = "--entity", description = "name, alias or id: export its neighbourhood")
    String entity;

    @Option(names = "--depth", description = "with --entity: 1..3 facts away (default ${DEFAULT-VALUE})")
    int depth = 1;

    @Option(names = "--query", description = "a named query (cypher/queries/NAME.cypher): export the entities its rows name")
    String query;

    @Option(names = "--param", description = "a parameter of --query, NAME=VALUE (repeatable)")
    Map<String, String> params = new LinkedHashMap<>();

    @Parameters(index = "0", paramLabel = "OUT", description = "the file to write (for csv: the folder)")
    Path out;

    @Override
    public Integer call() throws IOException {
        ExportFormat as = ExportFormat.parse("--format", format);
        try (var context = GraphContext.start()) {
            ExportScopes scopes = context.getBean(ExportScopes.class);
            ExportScope scope = query != null ? scopes.namedQuery(query, params)
                    : entity != null ? scopes.neighbourhood(entity, org.yrdkg.graph.read.Parameters.within("--depth", depth, 1, 3))
                    : ExportScope.wholeGraph();
            GraphExporter exporter = context.getBean(GraphExporter.class);
            GraphExporter.Counts counts;
            if (as == ExportFormat.CSV) {
                counts = exporter.export(scope, CsvSink.folder(out));
            } else {
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out))) {
                    counts = exporter.export(scope, as == ExportFormat.GRAPHML ? new GraphMlSink(file) : new JsonLinesSink(file));
                }
            }
            System.out.printf("Exported %d entities and %d facts to %s%n", counts.nodes(), counts.edges(), out);
        }
        return 0;
    }
}
