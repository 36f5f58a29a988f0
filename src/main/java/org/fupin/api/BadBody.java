package org.fupin.api;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A REST body or parameter that cannot be used: 400 with code {@code BAD_BODY}, or code {@code INVALID} and the
 * field when the field is known. Said either as given, or by a key of the API's bundle ({@code api.properties}) in
 * the caller's language.
 */
public class BadBody extends RuntimeException {

    private final List<ApiProblem.FieldProblem> fields;
    private final String key;
    private final Object[] args;
    private final boolean fieldSaysDetail;

    /** A body that cannot be read, said as given (the text must already be in the caller's language). */
    public BadBody(String message) { this(message, List.of()); }

    /** A field at fault, said as given (the text must already be in the caller's language); see {@link #because}. */
    public BadBody(String field, String message) {
        this(message, List.of(new ApiProblem.FieldProblem(field, message)));
    }

    BadBody(String message, List<ApiProblem.FieldProblem> fields) {
        this(message, fields, null, false);
    }

    private BadBody(String message, List<ApiProblem.FieldProblem> fields, String key, boolean fieldSaysDetail,
                    Object... args) {
        super(message);
        this.fields = List.copyOf(fields);
        this.key = key;
        this.fieldSaysDetail = fieldSaysDetail;
        this.args = args;
    }

    /** The field or parameter at fault, with the sentence {@code key} of the API's bundle as detail and message. */
    public static BadBody because(String field, String key, Object... args) {
        return new BadBody(key, List.of(new ApiProblem.FieldProblem(field, key)), key, true, args);
    }

    /** Fields already said in the caller's language (Bean Validation), the detail the sentence {@code key}. */
    static BadBody fields(String key, List<ApiProblem.FieldProblem> fields) {
        return new BadBody(key, fields, key, false);
    }

    /** The fields or parameters at fault, empty when unknown. */
    public List<ApiProblem.FieldProblem> fields() { return fields; }

    /** What went wrong in the locale. */
    String detail(MessageSource messages, Locale locale) {
        return key == null ? getMessage() : messages.getMessage(key, args, locale);
    }

    /** The fields at fault, each message in the locale. */
    List<ApiProblem.FieldProblem> fields(MessageSource messages, Locale locale) {
        if (!fieldSaysDetail) return fields;
        return fields.stream().map(f -> new ApiProblem.FieldProblem(f.field(), detail(messages, locale))).toList();
    }
}
