package org.yrdkg.document;

/** Input that cannot be read as a text document; the message is meant for a person. */
public class DocumentException extends RuntimeException {

    public enum Reason { EMPTY, UNDECODABLE, BINARY, UNSUPPORTED_TYPE, TOO_LARGE }

    private final Reason reason;

    public DocumentException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
