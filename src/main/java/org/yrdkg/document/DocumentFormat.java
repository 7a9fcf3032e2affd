package org.yrdkg.document;

import java.util.Locale;
import java.util.regex.Pattern;

/** The three readable formats; decided by the file name, or by the content when the name says nothing. */
enum DocumentFormat {
    TXT("txt"), MD("md"), HTML("html");

    private static final Pattern HTML_START = Pattern.compile("(?is)^\\s*(<!doctype\\s+html|<html|<head|<body|<\\?xml[^>]*>\\s*<html)");

    final String id;

    DocumentFormat(String id) {
        this.id = id;
    }

    static DocumentFormat of(String name, String text) {
        String ext = FileSignature.extension(name);
        switch (ext) {
            case "html", "htm", "xhtml", "shtml" -> {
                return HTML;
            }
            case "md", "markdown" -> {
                return MD;
            }
            case "txt", "text" -> {
                return TXT;
            }
            default -> {
                FileSignature.rejectUnsupportedName(name);
                String head = text.substring(0, Math.min(text.length(), 1024)).toLowerCase(Locale.ROOT);
                return HTML_START.matcher(head).find() ? HTML : TXT;
            }
        }
    }
}
