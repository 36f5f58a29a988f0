package org.fupin.api;

/** A REST body that cannot be read (missing or malformed field): 400 with code {@code BAD_BODY}. */
public class BadBody extends RuntimeException {

    public BadBody(String message) { super(message); }
}
