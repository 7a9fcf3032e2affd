package org.yrdkg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of one bench run: rows for the printed table (ours beside a baseline, the ratio, the
 * target and whether it is met) and the same figures, unrounded, as JSON.
 */
final class BenchResults {

    /** One line of the table; {@code met} is null where there is no target. */
    record Row(String phase, String measure, String ours, String baseline, String ratio, String target, Boolean met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> json = new LinkedHashMap<>();

    void add(Row row) {
        rows.add(row);
        System.out.printf("  %s | %s: %s%s%s%n", row.phase(), row.measure(), row.ours(),
                row.baseline().isEmpty() ? "" : " vs " + row.baseline(), row.ratio().isEmpty() ? "" : " (" + row.ratio() + ")");
    }

    void row(String phase, String measure, String ours) {
        add(new Row(phase, measure, ours, "", "", "", null));
    }

    void row(String phase, String measure, String ours, String target, boolean met) {
        add(new Row(phase, measure, ours, "", "", target, met));
    }

    /** The JSON object of a section ("extraction", "loading" …), created on first use. */
    @SuppressWarnings("unchecked")
    Map<String, Object> section(String name) {
        return (Map<String, Object>) json.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>());
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    void print(PrintStream out) {
        String[] header = {"phase", "measure", "yrd-kg", "baseline", "ratio", "target", "met"};
        List<String[]> cells = new ArrayList<>();
        cells.add(header);
        for (Row r : rows) {
            cells.add(new String[]{r.phase(), r.measure(), r.ours(), r.baseline(), r.ratio(), r.target(),
                    r.met() == null ? "" : r.met() ? "yes" : "NO"});
        }
        out.println();
        for (int i = 0; i < cells.size(); i++) {
            out.println("| " + String.join(" | ", cells.get(i)) + " |");
            if (i == 0) {
                out.println("|" + "---|".repeat(header.length));
            }
        }
    }

    void writeJson(Path file, Map<String, Object> machine) throws IOException {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("machine", machine);
        all.putAll(json);
        all.put("table", rows);
        Files.writeString(file, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(all));
    }
}
