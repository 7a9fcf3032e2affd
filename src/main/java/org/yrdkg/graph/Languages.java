package org.yrdkg.graph;

import org.yrdkg.document.Document;
import org.yrdkg.document.Sentence;

/** zh-Hant when a noticeable share of the Han characters changed under Traditional→Simplified. */
final class Languages {

    private Languages() {
    }

    static String of(Document doc) {
        long han = 0;
        long changed = 0;
        for (Sentence s : doc.sentences()) {
            String text = s.text();
            String norm = s.normalized();
            if (text.length() != norm.length()) {
                continue;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                    if (norm.charAt(i) != c) changed++;
                }
            }
        }
        return han > 0 && changed * 100 > han ? "zh-Hant" : "zh-Hans";
    }
}
