package org.fupin.api;

import java.lang.invoke.MethodType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.fupin.api.ApiProblem.FieldProblem;
import org.fupin.kernel.Refusal;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of every REST route as RFC 9457 problem details of one shape ({@link ApiProblem}, ADR 0039): out-of-scope
 * and unknown look the same (404), a bad body or parameter is 400 with each wrong field located, a refusal 409 with
 * its reasons.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) { this.messages = messages; }

    /** A rule or procedure said no: 409 with the code, the sentence and the failed checks. */
    @ExceptionHandler(Refusal.class)
    ProblemDetail refused(Refusal e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(e.messageKey(), e.args(), e.code(), locale));
        problem.setProperty("code", e.code());
        if (e.verdict() != null) problem.setProperty("reasons", e.verdict().reasons());
        return problem;
    }

    /** A rule that answers reasons said no: 409 with the first reason's code and every reason as a sentence. */
    @ExceptionHandler(RuleRefused.class)
    ProblemDetail ruleRefused(RuleRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("code", e.code());
        problem.setProperty("messages", e.sentences());
        return problem;
    }

    @ExceptionHandler({RegionScope.OutOfScopeException.class, NotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setProperty("code", "NOT_FOUND");
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        return badRequest("BAD_BODY", say("api.body.unreadable", locale), List.of());
    }

    /** A field known: INVALID with it located; otherwise BAD_BODY. */
    @ExceptionHandler(BadBody.class)
    ProblemDetail badBody(BadBody e, Locale locale) {
        return badRequest(e.fields().isEmpty() ? "BAD_BODY" : "INVALID", e.detail(messages, locale),
                e.fields(messages, locale));
    }

    /** Bean Validation of a body record: every failed constraint, located by its property path. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e, Locale locale) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage())).toList();
        return badRequest("INVALID", say("api.body.invalid", locale), errors);
    }

    /** Bean Validation of parameters (and of bodies validated with them). */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e, Locale locale) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(error -> new FieldProblem(
                        error instanceof FieldError f ? f.getField() : r.getMethodParameter().getParameterName(),
                        error.getDefaultMessage())))
                .toList();
        return badRequest("INVALID", say("api.parameters.invalid", locale), errors);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e, Locale locale) {
        return badRequest("INVALID", say("api.parameter.missing", locale, e.getParameterName()),
                List.of(new FieldProblem(e.getParameterName(), say("api.field.required", locale))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return badRequest("INVALID", say("api.parameter.wrongType", locale, e.getName()),
                List.of(new FieldProblem(e.getName(), expected(e.getRequiredType(), locale))));
    }

    /** What a parameter of the type must look like, in plain words. */
    private String expected(Class<?> type, Locale locale) {
        if (type == null) return say("api.type.other", locale);
        Class<?> boxed = MethodType.methodType(type).wrap().returnType();
        if (boxed == Integer.class || boxed == Long.class || boxed == Short.class) return say("api.type.whole", locale);
        if (Number.class.isAssignableFrom(boxed)) return say("api.type.number", locale);
        if (boxed == LocalDate.class) return say("api.type.date", locale);
        if (boxed == Boolean.class) return say("api.type.boolean", locale);
        if (type.isEnum()) {
            return say("api.type.oneOf", locale, Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ")));
        }
        return say("api.type.other", locale);
    }

    private String say(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static ProblemDetail badRequest(String code, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("code", code);
        if (!errors.isEmpty()) problem.setProperty("errors", errors);
        return problem;
    }
}
