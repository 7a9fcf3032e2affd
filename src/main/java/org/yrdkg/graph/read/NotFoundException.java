package org.yrdkg.graph.read;

/** Nothing in the graph answers to what the request named; the API answers 404. */
public class NotFoundException extends RuntimeException {

    private final String title;

    public NotFoundException(String title, String message) {
        super(message);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
