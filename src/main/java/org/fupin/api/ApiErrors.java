package org.fupin.api;

import java.util.List;
import java.util.Locale;
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
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return badRequest("BAD_BODY", "the body is not readable JSON of the documented shape", List.of());
    }

    /** A field known: INVALID with it located; otherwise BAD_BODY. */
    @ExceptionHandler(BadBody.class)
    ProblemDetail badBody(BadBody e) {
        return badRequest(e.fields().isEmpty() ? "BAD_BODY" : "INVALID", e.getMessage(), e.fields());
    }

    /** Bean Validation of a body record: every failed constraint, located by its property path. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage())).toList();
        return badRequest("INVALID", "the body has invalid fields", errors);
    }

    /** Bean Validation of parameters (and of bodies validated with them). */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(error -> new FieldProblem(
                        error instanceof FieldError f ? f.getField() : r.getMethodParameter().getParameterName(),
                        error.getDefaultMessage())))
                .toList();
        return badRequest("INVALID", "the request has invalid parameters", errors);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return badRequest("INVALID", e.getMessage(),
                List.of(new FieldProblem(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return badRequest("INVALID", "a parameter has the wrong type",
                List.of(new FieldProblem(e.getName(), "cannot be read as " + (e.getRequiredType() == null ? "its type"
                        : e.getRequiredType().getSimpleName()))));
    }

    private static ProblemDetail badRequest(String code, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("code", code);
        if (!errors.isEmpty()) problem.setProperty("errors", errors);
        return problem;
    }
}
