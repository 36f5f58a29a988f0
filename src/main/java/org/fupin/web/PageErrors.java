package org.fupin.web;

import org.fupin.region.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Pages answer "not found" for both unknown records and records outside the user's scope. */
@ControllerAdvice(annotations = Controller.class)
public class PageErrors {

    @ExceptionHandler(RegionScope.OutOfScopeException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound() {
        return "not-found";
    }
}
