package org.yrdkg.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.hankcs.hanlp.HanLP;

/**
 * Reads raw bytes into a {@link Document}. Public face of the {@code document} package.
 * (Minimal first version: UTF-8 text, per-character normalisation, punctuation split.)
 */
public class DocumentReader {

    public Document read(String name, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (text.isBlank()) {
            throw new DocumentException(DocumentException.Reason.EMPTY, name + ": the document has no text");
        }
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean boundary = c == '。' || c == '！' || c == '？' || c == '；' || c == '\n' || c == '!' || c == '?' || c == ';';
            if (boundary || i == text.length() - 1) {
                int end = boundary && c == '\n' ? i : i + 1;
                addSentence(text, start, end, sentences);
                start = i + 1;
            }
        }
        String title = sentences.isEmpty() ? null : sentences.get(0).text();
        return new Document(name, title, null, text, sentences, sha256(text), formatOf(name));
    }

    private static void addSentence(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (start >= end) return;
        String s = text.substring(start, end);
        StringBuilder norm = new StringBuilder(s.length());
        int[] map = new int[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
            String conv = c > 0x2E80 ? HanLP.convertToSimplifiedChinese(String.valueOf(c)) : String.valueOf(c);
            norm.append(conv.length() == 1 ? conv.charAt(0) : c);
            map[i] = i;
        }
        out.add(new Sentence(out.size(), start, end, s, norm.toString(), map));
    }

    static String formatOf(String name) {
        String n = name.toLowerCase();
        if (n.endsWith(".html") || n.endsWith(".htm")) return "html";
        if (n.endsWith(".md")) return "md";
        return "txt";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
