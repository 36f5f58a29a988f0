package org.fupin.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Locks an account for {@link #LOCK_FOR} after {@link #MAX_FAILURES} failed logins in a row (password guessing).
 * Kept in memory: a restart clears it, which is acceptable for a lockout.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);

    private record State(int failures, Instant lockedUntil) {}

    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    boolean isLocked(String username) {
        State state = states.get(username);
        return state != null && state.lockedUntil() != null && clock.instant().isBefore(state.lockedUntil());
    }

    void failed(String username) {
        states.compute(username, (name, state) -> {
            int failures = (state == null ? 0 : state.failures()) + 1;
            return new State(failures, failures >= MAX_FAILURES ? clock.instant().plus(LOCK_FOR) : null);
        });
    }

    void succeeded(String username) {
        states.remove(username);
    }
}
