package org.fupin.system;

import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Which rows the database lets the current thread see (PostgreSQL row-level security, ADR 0005):
 * <ul>
 *   <li>in a web request, the logged-in user's region prefix; an anonymous request or an unknown principal sees
 *       nothing ({@link #NOTHING});</li>
 *   <li>outside web requests (command line, start-up tasks) the whole registry: these run on the server's
 *       console, as the operator.</li>
 * </ul>
 */
public final class DatabaseScope {

    /** A prefix no region code has: no row matches. */
    public static final String NOTHING = "-";
    public static final String EVERYTHING = "";

    private static final ThreadLocal<String> OVERRIDE = new ThreadLocal<>();

    private DatabaseScope() {}

    public static String current() {
        String override = OVERRIDE.get();
        if (override != null) return override;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ScopedPrincipal user) {
            return user.scopeCode();
        }
        return RequestContextHolder.getRequestAttributes() == null ? EVERYTHING : NOTHING;
    }

    /** Runs {@code work} with the given prefix, whatever the thread would otherwise see. */
    public static <T> T with(String prefix, Supplier<T> work) {
        String previous = OVERRIDE.get();
        OVERRIDE.set(prefix);
        try {
            return work.get();
        } finally {
            if (previous == null) OVERRIDE.remove();
            else OVERRIDE.set(previous);
        }
    }
}
