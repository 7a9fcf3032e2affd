package org.yrdkg.document;

/**
 * One sentence of a document. {@code start}/{@code end} are offsets into {@link Document#text()} (the
 * decoded, cleaned text in its original script); {@code normalized} is the same sentence after
 * Traditional→Simplified and width folding, which is what the extractor matches against.
 */
public record Sentence(int index, int start, int end, String text, String normalized, int[] normalizedToOriginal) {

    /** Maps an offset inside {@link #normalized()} to an offset inside {@link Document#text()}. */
    public int toDocumentOffset(int normalizedOffset) {
        if (normalizedOffset >= normalizedToOriginal.length) {
            return end;
        }
        return start + normalizedToOriginal[normalizedOffset];
    }
}
