package org.yrdkg.graph.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Two CSV files in the shape Gephi's and Cytoscape's table import read: {@code nodes.csv}
 * ({@code Id, Label, entityType}, then one column per property) and {@code edges.csv}
 * ({@code Source, Target, Id, Label, relationType}, then one column per property). Lists are joined by
 * ';'. The files go into a zip ({@link #zip}) or a folder ({@link #folder}).
 */
public final class CsvSink implements GraphSink {

    static final String NODES = "nodes.csv";
    static final String EDGES = "edges.csv";

    /** Where the two files go: opened one after the other, each closed before the next is opened. */
    interface Destination {
        OutputStream open(String name) throws IOException;

        default void close() throws IOException {
        }
    }

    private final Destination files;
    private CSVPrinter printer;
    private List<String> nodeKeys;
    private List<String> edgeKeys;
    private boolean writingNodes = true;

    private CsvSink(Destination files) {
        this.files = files;
    }

    /** Both files as entries of one zip written to {@code out}. */
    public static CsvSink zip(OutputStream out) {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        return new CsvSink(new Destination() {
            @Override
            public OutputStream open(String name) throws IOException {
                zip.putNextEntry(new ZipEntry(name));
                return new FilterOutputStream(zip) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        zip.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                        zip.closeEntry();
                    }
                };
            }

            @Override
            public void close() throws IOException {
                zip.finish();
                zip.flush();
            }
        });
    }

    /** Both files in {@code folder} (created when missing). */
    public static CsvSink folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new CsvSink(name -> Files.newOutputStream(folder.resolve(name)));
    }

    @Override
    public void begin(PropertyKeys keys) throws IOException {
        nodeKeys = keys.nodes().keySet().stream().filter(k -> !k.equals("id") && !k.equals("name")).toList();
        edgeKeys = keys.edges().keySet().stream().filter(k -> !k.equals("id")).toList();
        List<String> header = new ArrayList<>(List.of("Id", "Label", "entityType"));
        header.addAll(nodeKeys);
        printer = open(NODES, header);
    }

    @Override
    public void node(String id, String type, Map<String, Object> properties) throws IOException {
        List<Object> row = new ArrayList<>(List.of(id, String.valueOf(properties.get("name")), String.valueOf(type)));
        nodeKeys.forEach(key -> row.add(cell(properties.get(key))));
        printer.printRecord(row);
    }

    @Override
    public void edge(String id, String source, String target, String type, Map<String, Object> properties)
            throws IOException {
        if (writingNodes) {
            startEdges();
        }
        List<Object> row = new ArrayList<>(List.of(source, target, id, type, type));
        edgeKeys.forEach(key -> row.add(cell(properties.get(key))));
        printer.printRecord(row);
    }

    private void startEdges() throws IOException {
        writingNodes = false;
        printer.close();
        List<String> header = new ArrayList<>(List.of("Source", "Target", "Id", "Label", "relationType"));
        header.addAll(edgeKeys);
        printer = open(EDGES, header);
    }

    @Override
    public void end() throws IOException {
        if (writingNodes) {
            startEdges(); // no edge: the file still has its header
        }
        printer.close();
        files.close();
    }

    private CSVPrinter open(String name, List<String> header) throws IOException {
        Writer writer = new OutputStreamWriter(files.open(name), StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }

    private static String cell(Object value) {
        return value == null ? "" : GraphSink.text(value);
    }
}
