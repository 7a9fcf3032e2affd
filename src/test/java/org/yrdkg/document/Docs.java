package org.yrdkg.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.assertj.core.api.AbstractThrowableAssert;

/** Test helper: read a String as a file of the given name and encoding. */
final class Docs {

    private Docs() {
    }

    static Document read(String name, String text) {
        return read(name, text, StandardCharsets.UTF_8);
    }

    static Document read(String name, String text, Charset charset) {
        return new DocumentReader().read(name, text.getBytes(charset));
    }

    /** Asserts that reading fails with the given reason; chain message checks on the result. */
    static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(DocumentReader reader, String name, byte[] bytes,
                                                                        DocumentException.Reason reason) {
        return assertThatThrownBy(() -> reader.read(name, bytes))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
