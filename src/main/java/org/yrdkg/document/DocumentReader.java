package org.yrdkg.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.yrdkg.document.DocumentException.Reason;

/**
 * Reads raw bytes into a {@link Document}. Public face of the {@code document} package.
 *
 * <p>Pipeline: {@link EncodingDetector} (bytes → String, or a refusal) → {@link HtmlTextExtractor} /
 * {@link MarkdownCleaner} by {@link DocumentFormat} → {@link TextCleaner} (lines, furniture out) →
 * {@link TitleAndDateFinder} → {@link SentenceSplitter} → per sentence {@link TextNormalizer}
 * (Traditional→Simplified, width folding, offset map). Everything is linear in the input size.
 * Instances are stateless and thread-safe.
 */
public class DocumentReader {

    /**
     * Default limit. A long article is about 100 KB; a 20 MB file needs a heap of about 400 MB while it
     * is read (text, lines, sentences and offset maps), so 32 MB keeps one upload from exhausting it.
     */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private final long maxBytes;
    private final EncodingDetector encodings = new EncodingDetector();

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes larger inputs are refused with {@link Reason#TOO_LARGE} */
    public DocumentReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads a file; its name is the document's name. The size limit is checked before the file is loaded. */
    public Document read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size = Files.size(file);
        if (size > maxBytes) {
            throw tooLarge(name, size);
        }
        return read(name, Files.readAllBytes(file));
    }

    /**
     * @param name  the file name; its extension selects the format (.txt, .md, .html), the content decides
     *              when there is none
     * @param bytes the raw file content, in any of the supported encodings
     * @throws DocumentException when the input is empty, too large, binary, undecodable or of an unsupported type
     */
    public Document read(String name, byte[] bytes) {
        if (name == null || name.isBlank()) {
            name = "document";
        }
        if (bytes == null) {
            throw new DocumentException(Reason.EMPTY, name + ": no content");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(name, bytes.length);
        }
        // a name that says "image" or "PDF" is answered as an unsupported type before its bytes are judged
        FileSignature.rejectUnsupportedName(name);
        String decoded = encodings.decode(name, bytes);
        DocumentFormat format = DocumentFormat.of(name, decoded);

        ExtractedText extracted = switch (format) {
            case HTML -> HtmlTextExtractor.extract(decoded);
            case MD -> MarkdownCleaner.clean(decoded);
            case TXT -> new ExtractedText(decoded, null, null);
        };
        List<String> lines = TextCleaner.tidyLines(extracted.text());
        String text = TextCleaner.clean(lines);
        if (text.isBlank()) {
            throw new DocumentException(Reason.EMPTY, lines.isEmpty()
                    ? name + ": the document has no text"
                    : name + ": the document has no text besides page furniture (navigation, footers, image names)");
        }
        // a date the markup states comes first; the text's own header lines after it
        LocalDate publishedAt = TitleAndDateFinder.publishedAt(
                extracted.dateLine() == null ? lines : prepend(extracted.dateLine(), lines));
        String title = extracted.title() != null ? extracted.title() : TitleAndDateFinder.title(text);
        boolean traditional = TextNormalizer.looksTraditional(text);
        return new Document(name, title, publishedAt, text, sentences(text, traditional), sha256(text), format.id,
                traditional ? "zh-Hant" : "zh-Hans");
    }

    private static List<String> prepend(String line, List<String> lines) {
        List<String> out = new ArrayList<>(lines.size() + 1);
        out.add(line);
        out.addAll(lines);
        return out;
    }

    private static List<Sentence> sentences(String text, boolean traditional) {
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        List<Sentence> out = new ArrayList<>(spans.size());
        for (SentenceSplitter.Span span : spans) {
            String original = text.substring(span.start(), span.end());
            TextNormalizer.NormalizedText normalized = TextNormalizer.normalize(original, traditional);
            out.add(new Sentence(out.size(), span.start(), span.end(), original, normalized.text(), normalized.toOriginal()));
        }
        return out;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private DocumentException tooLarge(String name, long size) {
        return new DocumentException(Reason.TOO_LARGE, name + ": " + megabytes(size)
                + " is larger than the limit of " + megabytes(maxBytes));
    }

    private static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return bytes + " bytes";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
