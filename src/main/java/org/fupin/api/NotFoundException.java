package org.fupin.api;

/** Something the caller asked for does not exist, or lies outside the caller's scope (the same answer for both). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) { super(what); }
}
