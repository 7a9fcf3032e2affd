package org.yrdkg.graph.export;

import java.util.Locale;

import org.yrdkg.graph.read.BadParameterException;

/** What an export is written as, with the media type and file name it is served under. */
public enum ExportFormat {
    /** GraphML: entities and facts with their properties, types as attributes (Gephi, yEd, Cytoscape). */
    GRAPHML("application/graphml+xml", "yrd-kg.graphml"),
    /** Two CSV files, nodes.csv and edges.csv (a zip over HTTP, a folder from the command line). */
    CSV("application/zip", "yrd-kg-csv.zip"),
    /** JSON Lines: one object per entity, then one per fact. */
    JSONL("application/x-ndjson", "yrd-kg.jsonl");

    private final String mediaType;
    private final String fileName;

    ExportFormat(String mediaType, String fileName) {
        this.mediaType = mediaType;
        this.fileName = fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName() {
        return fileName;
    }

    public static ExportFormat parse(String parameter, String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadParameterException(parameter, "'" + value + "' is not an export format; use graphml, csv or jsonl.");
        }
    }
}
