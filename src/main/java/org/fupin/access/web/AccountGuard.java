package org.fupin.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fupin.access.UserDirectory;
import org.fupin.access.Users;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A user who logged in with a one-time password is taken to the password change from every page until it is done
 * (the REST API answers 403 meanwhile).
 */
@Configuration
class AccountGuard implements WebMvcConfigurer, HandlerInterceptor {

    private final UserDirectory directory;
    private final Users users;

    AccountGuard(UserDirectory directory, Users users) {
        this.directory = directory;
        this.users = users;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/account/**", "/account", "/login", "/logout", "/error",
                "/css/**", "/js/**", "/webjars/**", "/actuator/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        // the database is asked only for a session opened with a one-time password, not on every request
        if (!users.loggedInWithOneTimePassword(user) || !directory.mustChangePassword(user.getName())) return true;
        if (request.getRequestURI().startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            response.sendRedirect(request.getContextPath() + "/account");
        }
        return false;
    }
}
