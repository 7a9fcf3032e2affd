package org.yrdkg.extract.text;

/** One HanLP term of a normalised sentence: word, part-of-speech tag and offsets in that sentence. */
public record Token(String word, String tag, int start, int end) {

    public boolean tagStartsWith(String prefix) {
        return tag.startsWith(prefix);
    }

    public boolean isPunctuation() {
        return tag.equals("w");
    }
}
