package org.yrdkg.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A read, cleaned and sentence-split document: the single input of the extractor.
 *
 * @param name        file name (or the name given on upload); identifies the document
 * @param title       first heading line, or null
 * @param publishedAt date the text states, or null
 * @param text        decoded and cleaned text in its original script; all offsets point into it
 * @param sentences   the sentences of {@code text}, in order, with offsets
 * @param contentHash SHA-256 (hex) of {@code text}; equal hashes mean the same content
 * @param format      "txt", "md" or "html"
 * @param language    "zh-Hant" when the text is in Traditional script (and was converted for matching), else "zh-Hans"
 */
public record Document(String name, String title, LocalDate publishedAt, String text,
                       List<Sentence> sentences, String contentHash, String format, String language) {

    public Document {
        sentences = List.copyOf(sentences);
    }
}
