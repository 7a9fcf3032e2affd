package org.yrdkg.api;

import org.springframework.http.HttpStatus;

/** An error answered as RFC 9457 problem details with the given status, title and detail. */
class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    ApiException(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }
}
