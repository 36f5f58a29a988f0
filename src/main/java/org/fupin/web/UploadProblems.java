package org.fupin.web;

import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A REST upload above its limit: 413 with the code {@code UPLOAD_TOO_LARGE}, the sentence, the limit and the size.
 * Ordered before {@link PageErrors}, which would otherwise answer REST routes with a page too.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UploadProblems {

    private final UploadLimits limits;

    UploadProblems(UploadLimits limits) { this.limits = limits; }

    @ExceptionHandler(UploadTooLarge.class)
    ProblemDetail tooLarge(UploadTooLarge e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                limits.message(e, locale));
        problem.setProperty("code", "UPLOAD_TOO_LARGE");
        problem.setProperty("limitMegabytes", e.limitMegabytes());
        problem.setProperty("bytes", e.bytes());
        return problem;
    }
}
