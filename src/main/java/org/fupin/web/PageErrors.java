package org.fupin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import org.fupin.region.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Pages answer "not found" for both unknown records and records outside the user's scope, and say in words why an
 * upload above its limit was refused (with a link back to the page it came from).
 */
@ControllerAdvice(annotations = Controller.class)
public class PageErrors {

    private final UploadLimits limits;

    PageErrors(UploadLimits limits) { this.limits = limits; }

    @ExceptionHandler(RegionScope.OutOfScopeException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound() {
        return "not-found";
    }

    @ExceptionHandler(UploadTooLarge.class)
    public String tooLarge(UploadTooLarge e, Locale locale, HttpServletRequest request, HttpServletResponse response,
                           Model model) {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        model.addAttribute("refusal", limits.message(e, locale));
        model.addAttribute("back", back(request.getHeader("Referer")));
        return "upload-refused";
    }

    /** The path of the page the form was on (never another site), or the home page. */
    static String back(String referer) {
        try {
            String path = referer == null ? null : URI.create(referer).getRawPath();
            return path != null && path.startsWith("/") && !path.startsWith("//") ? path : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
