package org.yrdkg.graph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Lines: one object per line, the entities first
 * ({@code {"kind":"node","id","type","properties":{…}}}), then the facts
 * ({@code {"kind":"edge","id","source","target","type","properties":{…}}}).
 */
public final class JsonLinesSink implements GraphSink {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Writer out;

    public JsonLinesSink(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void begin(PropertyKeys keys) {
        // each line carries its own keys
    }

    @Override
    public void node(String id, String type, Map<String, Object> properties) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "node");
        line.put("id", id);
        line.put("type", type);
        line.put("properties", properties);
        write(line);
    }

    @Override
    public void edge(String id, String source, String target, String type, Map<String, Object> properties)
            throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "edge");
        line.put("id", id);
        line.put("source", source);
        line.put("target", target);
        line.put("type", type);
        line.put("properties", properties);
        write(line);
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }

    private void write(Map<String, Object> line) throws IOException {
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
    }
}
