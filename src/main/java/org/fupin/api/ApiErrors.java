package org.fupin.api;

import java.util.Locale;
import org.fupin.kernel.Refusal;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of every REST route as RFC 9457 problem details: out-of-scope and unknown look the same (404), a bad body
 * is 400, a refusal 409 with its reasons.
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

    @ExceptionHandler({RegionScope.OutOfScopeException.class, NotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setProperty("code", "NOT_FOUND");
        return problem;
    }

    @ExceptionHandler({BadBody.class, HttpMessageNotReadableException.class})
    ProblemDetail badBody(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("code", "BAD_BODY");
        return problem;
    }
}
