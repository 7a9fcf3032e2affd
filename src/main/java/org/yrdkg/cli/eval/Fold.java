package org.yrdkg.cli.eval;

import java.text.Normalizer;

import com.hankcs.hanlp.HanLP;

/** Name folding of the reference scorer (score.py): width, Traditional→Simplified, spaces, dots, quotes. */
public final class Fold {

    private static final String DROPPED = " \t\u3000·•・.‧-—\"'“”‘’「」《》";

    private Fold() { }

    public static String fold(String name) {
        if (name == null) return "";
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (DROPPED.indexOf(c) >= 0) continue;
            if (c >= 0x2E80) {
                String conv = HanLP.convertToSimplifiedChinese(String.valueOf(c));
                out.append(conv.length() == 1 ? conv : String.valueOf(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
