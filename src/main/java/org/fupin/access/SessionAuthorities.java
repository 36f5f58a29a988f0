package org.fupin.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A logged-in session acts with the role and region the database holds now (issue #15): when an administrator (or
 * the console, in another process) changed them since the login, the session's user is loaded again before the
 * request is authorised, so a demoted user loses the rights at once and a moved one sees the new region. Calls with
 * a token or a password load the user on every request and are left alone, as are the static files. A session of
 * an account disabled since the login ends at its next request, which then goes on as a visitor's (to the login).
 */
class SessionAuthorities extends OncePerRequestFilter {

    private final Users users;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionAuthorities(Users users) {
        this.users = users;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getHeader("Authorization") != null || request.getSession(false) == null
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.startsWith("/icons/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof FupinUser user) {
            Optional<String> now = users.grant(user.getUsername());
            String held = user.getAuthorities().iterator().next().getAuthority().substring("ROLE_".length())
                    + "|" + user.scopeCode();
            if (now.isEmpty()) {
                SecurityContextHolder.clearContext();
                request.getSession().invalidate();
            } else if (!now.get().equals(held)) {
                FupinUser fresh = (FupinUser) users.loadUserByUsername(user.getUsername());
                UsernamePasswordAuthenticationToken reloaded = UsernamePasswordAuthenticationToken.authenticated(fresh,
                        null, fresh.getAuthorities());
                reloaded.setDetails(authentication.getDetails());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(reloaded);
                SecurityContextHolder.setContext(context);
                repository.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
