package org.fupin.api;

import java.util.Locale;
import org.fupin.identification.CaseException;
import org.fupin.notice.NoticeException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the identification API: 409 with the code, the sentence and the failed checks; 400 for a bad body. */
@RestControllerAdvice(assignableTypes = {IdentificationApi.class, AdjustmentApi.class, NoticeApi.class})
class IdentificationApiErrors {

    private final MessageSource messages;

    IdentificationApiErrors(MessageSource messages) { this.messages = messages; }

    @ExceptionHandler(CaseException.class)
    ProblemDetail refused(CaseException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(e.messageKey(), e.args(), e.code(), locale));
        problem.setProperty("code", e.code());
        if (e.verdict() != null) problem.setProperty("reasons", e.verdict().reasons());
        return problem;
    }

    @ExceptionHandler(NoticeException.class)
    ProblemDetail noticeRefused(NoticeException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(e.messageKey(), e.args(), e.code(), locale));
        problem.setProperty("code", e.code());
        return problem;
    }

    @ExceptionHandler(IdentificationApi.BadBody.class)
    ProblemDetail badBody(IdentificationApi.BadBody e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("code", "BAD_BODY");
        return problem;
    }
}
