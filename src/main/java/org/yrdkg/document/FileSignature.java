package org.yrdkg.document;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.yrdkg.document.DocumentException.Reason;

/**
 * Recognises common binary formats by their first bytes, so the error can say "this is a PNG image"
 * instead of "cannot decode", and file names whose type we cannot read.
 */
final class FileSignature {

    private record Magic(String kind, byte[] prefix) {
        static Magic of(String kind, int... bytes) {
            byte[] b = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) b[i] = (byte) bytes[i];
            return new Magic(kind, b);
        }

        static Magic ascii(String kind, String prefix) {
            return new Magic(kind, prefix.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static final List<Magic> MAGICS = List.of(
            Magic.of("a PNG image", 0x89, 'P', 'N', 'G'),
            Magic.of("a JPEG image", 0xFF, 0xD8, 0xFF),
            Magic.ascii("a GIF image", "GIF8"),
            Magic.ascii("a PDF file", "%PDF"),
            Magic.of("a ZIP archive (or a Word/Excel/OpenDocument file)", 'P', 'K', 3, 4),
            Magic.of("a gzip archive", 0x1F, 0x8B),
            Magic.of("a RAR archive", 'R', 'a', 'r', '!'),
            Magic.of("a 7-Zip archive", '7', 'z', 0xBC, 0xAF),
            Magic.of("an old Word/Excel (OLE) file", 0xD0, 0xCF, 0x11, 0xE0),
            Magic.of("an executable", 0x7F, 'E', 'L', 'F'),
            Magic.ascii("an executable", "MZ\u0090"),
            Magic.ascii("a RIFF media file (WebP/WAV/AVI)", "RIFF"),
            Magic.ascii("a BMP image", "BM"));

    /** File name endings of formats that are not text; anything else is judged by its content. */
    private static final List<String> UNSUPPORTED = List.of(
            "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "rtf", "epub",
            "png", "jpg", "jpeg", "gif", "bmp", "webp", "tif", "tiff", "svg",
            "zip", "rar", "7z", "gz", "tar", "exe", "dll", "mp3", "mp4", "avi", "mov", "wav");

    private FileSignature() {
    }

    static void rejectIfBinary(String name, byte[] bytes) {
        for (Magic m : MAGICS) {
            boolean bmp = m.kind().contains("BMP");
            if (startsWith(bytes, m.prefix()) && (!bmp || looksLikeBmp(bytes))) {
                throw new DocumentException(Reason.BINARY, name + ": this is " + m.kind()
                        + ", not a text document; only .txt, .md and .html text can be read");
            }
        }
    }

    static void rejectUnsupportedName(String name) {
        String ext = extension(name);
        if (UNSUPPORTED.contains(ext)) {
            throw new DocumentException(Reason.UNSUPPORTED_TYPE, name + ": ." + ext
                    + " files are not supported; convert it to .txt, .md or .html first");
        }
    }

    static String extension(String name) {
        String n = name == null ? "" : name;
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        int dot = n.lastIndexOf('.');
        return dot > slash ? n.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** "BM" also starts ordinary English text; a BMP header stores its own file size right after it. */
    private static boolean looksLikeBmp(byte[] b) {
        if (b.length < 14) return false;
        long size = (b[2] & 0xFFL) | (b[3] & 0xFFL) << 8 | (b[4] & 0xFFL) << 16 | (b[5] & 0xFFL) << 24;
        return size == b.length;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) return false;
        }
        return true;
    }
}
