package org.fupin.api;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import org.springframework.validation.beanvalidation.LocaleContextMessageInterpolator;

/** Optional JSON bodies of REST routes: a missing body reads as the body record with every field absent. */
public final class Bodies {

    private static final Validator VALIDATOR = validator();

    private Bodies() {}

    /**
     * The body when its Bean Validation constraints hold, otherwise 400 INVALID with each failed field. For bodies
     * read only after the path's subject was found in the caller's scope (so an outsider learns nothing from a 400).
     */
    public static <T> T valid(T body) {
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(body);
        if (violations.isEmpty()) return body;
        throw BadBody.fields("api.body.invalid", violations.stream()
                .map(v -> new ApiProblem.FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(java.util.Comparator.comparing(ApiProblem.FieldProblem::field)).toList());
    }

    /** Bean Validation whose messages are in the caller's language (the request's locale), as Spring's own. */
    private static Validator validator() {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        return configuration.messageInterpolator(new LocaleContextMessageInterpolator(
                configuration.getDefaultMessageInterpolator())).buildValidatorFactory().getValidator();
    }

    /** The body, or the record of that type with every component null (false, 0 for primitives). */
    public static <T extends Record> T orEmpty(T body, Class<T> type) {
        if (body != null) return body;
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = !types[i].isPrimitive() ? null : types[i] == boolean.class ? false : (Object) 0;
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No canonical constructor for " + type, e);
        }
    }
}
