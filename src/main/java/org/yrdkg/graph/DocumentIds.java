package org.yrdkg.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A document's id comes from its name, so a changed text under the same name replaces the old one. */
public final class DocumentIds {

    private DocumentIds() {
    }

    public static String of(String documentName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(documentName.getBytes(StandardCharsets.UTF_8));
            return "doc-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sentence(String documentId, int index) {
        return documentId + ":" + index;
    }
}
