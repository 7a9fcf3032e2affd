package org.yrdkg.graph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML (http://graphml.graphdrawing.org/): one directed graph; entities are nodes with their id (as a
 * name token, see {@link #elementId}; as it is in attribute {@code id}), the
 * entity type as attribute {@code type}, the name also as {@code label} (what Gephi shows); facts are
 * edges with their id, the fact type as {@code type} and {@code label}; every property is a declared
 * attribute. Written with the JDK's streaming XML writer, element by element.
 */
public final class GraphMlSink implements GraphSink {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private final XMLStreamWriter xml;
    private PropertyKeys keys;

    public GraphMlSink(OutputStream out) {
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void begin(PropertyKeys keys) throws IOException {
        this.keys = keys;
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeCharacters("\n");
            key("n_type", "node", "type", "string");
            key("n_label", "node", "label", "string");
            for (var key : keys.nodes().entrySet()) {
                key("n_" + key.getKey(), "node", key.getKey(), key.getValue());
            }
            key("e_type", "edge", "type", "string");
            key("e_label", "edge", "label", "string");
            for (var key : keys.edges().entrySet()) {
                key("e_" + key.getKey(), "edge", key.getKey(), key.getValue());
            }
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "yrd-kg");
            xml.writeAttribute("edgedefault", "directed");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void node(String id, String type, Map<String, Object> properties) throws IOException {
        try {
            xml.writeStartElement("node");
            xml.writeAttribute("id", elementId(id));
            data("n_type", type);
            data("n_label", properties.get("name"));
            for (String key : keys.nodes().keySet()) {
                data("n_" + key, properties.get(key));
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void edge(String id, String source, String target, String type, Map<String, Object> properties)
            throws IOException {
        try {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", elementId(id));
            xml.writeAttribute("source", elementId(source));
            xml.writeAttribute("target", elementId(target));
            data("e_type", type);
            data("e_label", type);
            for (String key : keys.edges().keySet()) {
                data("e_" + key, properties.get(key));
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void end() throws IOException {
        try {
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /**
     * GraphML's element ids are XML name tokens: entity ids such as {@code Company:中欧班列(上海)} and fact
     * ids such as {@code 310112|COOPERATES_WITH|3404} are not. Characters a name token cannot hold (and
     * '_') are written as {@code _hex_}; the ids as they are stay in the {@code id} attribute.
     */
    public static String elementId(String id) {
        StringBuilder out = new StringBuilder(id.length() + 8);
        id.codePoints().forEach(cp -> {
            if (nameChar(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('_').append(Integer.toHexString(cp)).append('_');
            }
        });
        return out.toString();
    }

    /** XML 1.0 NameChar, without '_' (the escape). */
    private static boolean nameChar(int cp) {
        return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '-' || cp == '.'
                || cp == ':' || cp == 0xB7 || cp >= 0xC0 && cp <= 0xD6 || cp >= 0xD8 && cp <= 0xF6
                || cp >= 0xF8 && cp <= 0x37D || cp >= 0x37F && cp <= 0x1FFF || cp == 0x200C || cp == 0x200D
                || cp == 0x203F || cp == 0x2040 || cp >= 0x2070 && cp <= 0x218F || cp >= 0x2C00 && cp <= 0x2FEF
                || cp >= 0x3001 && cp <= 0xD7FF || cp >= 0xF900 && cp <= 0xFDCF || cp >= 0xFDF0 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0xEFFFF;
    }

    private void key(String id, String domain, String name, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
        xml.writeCharacters("\n");
    }

    private void data(String key, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(GraphSink.text(value));
        xml.writeEndElement();
    }
}
