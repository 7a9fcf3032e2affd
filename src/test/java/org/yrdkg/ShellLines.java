package org.yrdkg;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands of a Markdown text's {@code bash} and {@code sh} code blocks, split into words as a POSIX
 * shell splits them: single and double quotes (which may span lines), backslash-newline continuations,
 * {@code #} comments; {@code >} stays a word of its own.
 */
final class ShellLines {

    private static final Pattern BLOCK = Pattern.compile("^```(?:bash|sh)\\n(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);

    private ShellLines() {
    }

    static List<List<String>> commands(String markdown) {
        List<List<String>> out = new ArrayList<>();
        Matcher block = BLOCK.matcher(markdown);
        while (block.find()) {
            out.addAll(split(block.group(1)));
        }
        return out;
    }

    static List<List<String>> split(String script) {
        List<List<String>> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (c == '\'' || c == '"') {
                int end = script.indexOf(c, i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed quote in: " + script.substring(i));
                }
                word = word == null ? new StringBuilder() : word;
                word.append(script, i + 1, end);
                i = end;
            } else if (c == '\\' && i + 1 < script.length()) {
                char next = script.charAt(++i);
                if (next != '\n') {
                    word = word == null ? new StringBuilder() : word;
                    word.append(next);
                }
            } else if (c == '#' && word == null) {
                i = script.indexOf('\n', i) < 0 ? script.length() - 1 : script.indexOf('\n', i) - 1;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '>') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                if (c == '>') {
                    words.add(">");
                } else if (c == '\n' && !words.isEmpty()) {
                    commands.add(words);
                    words = new ArrayList<>();
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        if (!words.isEmpty()) {
            commands.add(words);
        }
        return commands;
    }
}
