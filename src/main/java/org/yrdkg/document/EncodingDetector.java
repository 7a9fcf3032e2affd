package org.yrdkg.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.mozilla.universalchardet.UniversalDetector;

import org.yrdkg.document.DocumentException.Reason;

/**
 * Turns raw bytes into a String, or refuses with a reason a person understands.
 * Order matters: byte order marks and file signatures are certain, a strict UTF-8 decode is almost
 * certain (random GBK bytes are rarely valid UTF-8), the statistical guess of juniversalchardet only
 * decides between the legacy CJK encodings that remain.
 */
final class EncodingDetector {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Chars of a BOM-less UTF-16 reading checked for plausibility. */
    private static final int SAMPLE = 64 * 1024;
    private static final int CHARDET_SAMPLE = 1024 * 1024;
    /** Share of ordinary chars that makes a BOM-less UTF-16 reading believable. */
    private static final double PLAUSIBLE = 0.9;

    /** Multi-byte legacy encodings worth trying after UTF-8; single-byte ones decode any garbage. */
    private static final Set<String> CJK_CHARSETS =
            Set.of("GB18030", "GBK", "GB2312", "BIG5", "EUC-TW", "BIG5-HKSCS", "EUC-KR", "EUC-JP", "SHIFT_JIS");

    String decode(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new DocumentException(Reason.EMPTY, name + ": the file is empty");
        }
        FileSignature.rejectIfBinary(name, bytes);
        String text = decodeText(name, bytes);
        rejectControlCharacters(name, text);
        return text;
    }

    private String decodeText(String name, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictOrFail(name, bytes, 3, StandardCharsets.UTF_8, "UTF-8 (it starts with a UTF-8 byte order mark)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strictOrFail(name, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE (it starts with its byte order mark)");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strictOrFail(name, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE (it starts with its byte order mark)");
        }
        if (indexOfNul(bytes) >= 0) {
            String s = utf16WithoutBom(bytes);
            if (s != null) {
                return s;
            }
            throw new DocumentException(Reason.BINARY, name
                    + ": the file contains NUL bytes and is not UTF-16 text; it looks like binary data, not a text document");
        }
        String s = strict(bytes, 0, StandardCharsets.UTF_8);
        if (s != null) {
            return s;
        }
        for (Charset cs : legacyCandidates(bytes)) {
            s = strict(bytes, 0, cs);
            if (s != null) {
                return s;
            }
        }
        // A UTF-8 file with a handful of broken bytes (e.g. cut in the middle of a character) is still worth reading.
        s = new String(bytes, StandardCharsets.UTF_8);
        if (count(s, '\uFFFD') * 1000L <= s.length()) {
            return s;
        }
        throw new DocumentException(Reason.UNDECODABLE, name
                + ": the bytes are not valid text in UTF-8, UTF-16, GB18030/GBK or Big5; save the file as UTF-8 and try again");
    }

    /** The chardet guess first when it names a CJK encoding, then GB18030 (a superset of GBK/GB2312), then Big5. */
    private static Set<Charset> legacyCandidates(byte[] bytes) {
        Set<Charset> out = new LinkedHashSet<>();
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, CHARDET_SAMPLE));
        detector.dataEnd();
        String guess = detector.getDetectedCharset();
        if (guess != null && CJK_CHARSETS.contains(guess.toUpperCase())) {
            try {
                // GB2312/GBK guesses are decoded as GB18030: same bytes, fewer gaps
                out.add(guess.toUpperCase().startsWith("GB") ? GB18030 : Charset.forName(guess));
            } catch (IllegalArgumentException unsupported) {
                // the JVM lacks it; the fixed candidates below still apply
            }
        }
        out.add(GB18030);
        out.add(Charset.forName("Big5"));
        return out;
    }

    /**
     * UTF-16 without a byte order mark: only UTF-16 (and binary data) has NUL bytes, which ASCII chars
     * and a few CJK chars (一 U+4E00, 开 U+5F00) leave in it. A byte order is believable when its
     * strict decode reads as Chinese, Latin and punctuation; binary data reads as scattered rare chars.
     * When both orders are believable (English read backwards is CJK), the one with more ASCII wins.
     */
    private static String utf16WithoutBom(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            return null;
        }
        String best = null;
        double bestScore = 0;
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            String s = strict(bytes, 0, cs);
            if (s == null) {
                continue;
            }
            int n = Math.min(s.length(), SAMPLE);
            int plausible = 0;
            int ascii = 0;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t') {
                    ascii++;
                } else if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF
                        || c >= 0x2000 && c <= 0x206F || c >= 0x00A0 && c <= 0x024F) {
                    plausible++;
                }
            }
            double score = (double) (plausible + ascii) / n;
            if (score >= PLAUSIBLE && score + (double) ascii / n > bestScore) {
                best = s;
                bestScore = score + (double) ascii / n;
            }
        }
        return best;
    }

    /** Text with more than 1% control characters (other than tab, line feed, form feed, carriage return) is binary. */
    private static void rejectControlCharacters(String name, String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                control++;
            }
        }
        if (control > 0 && control * 100L > text.length()) {
            throw new DocumentException(Reason.BINARY, name + ": " + control
                    + " control characters in " + text.length() + " characters; this looks like binary data, not a text document");
        }
    }

    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFD';
    }

    private static String strictOrFail(String name, byte[] bytes, int offset, Charset cs, String what) {
        String s = strict(bytes, offset, cs);
        if (s == null) {
            throw new DocumentException(Reason.UNDECODABLE, name + ": the file claims to be " + what
                    + " but contains invalid byte sequences");
        }
        return s;
    }

    static String strict(byte[] bytes, int offset, Charset cs) {
        try {
            CharBuffer chars = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) return i;
        }
        return -1;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) n++;
        }
        return n;
    }
}
