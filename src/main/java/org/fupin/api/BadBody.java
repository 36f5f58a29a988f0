package org.fupin.api;

import java.util.List;

/**
 * A REST body or parameter that cannot be used: 400 with code {@code BAD_BODY}, or code {@code INVALID} and the
 * field when the field is known.
 */
public class BadBody extends RuntimeException {

    private final List<ApiProblem.FieldProblem> fields;

    public BadBody(String message) { this(message, List.of()); }

    public BadBody(String field, String message) {
        this(message, List.of(new ApiProblem.FieldProblem(field, message)));
    }

    BadBody(String message, List<ApiProblem.FieldProblem> fields) {
        super(message);
        this.fields = List.copyOf(fields);
    }

    /** The fields or parameters at fault, empty when unknown. */
    public List<ApiProblem.FieldProblem> fields() { return fields; }
}
