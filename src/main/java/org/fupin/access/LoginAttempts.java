package org.fupin.access;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows password guessing without handing an attacker the power to lock anyone out (issue #23): failures are counted
 * per account and client address, so {@link #MAX_FAILURES} failures from one address lock that account for that
 * address only, and each further lock there lasts twice as long ({@link #LOCK_FOR}, 30, 60 minutes…, at most a day).
 * The user logs in from their own machine meanwhile; an administrator can unlock every address at once. Kept in
 * memory: a restart clears it, which is acceptable for a throttle.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);
    static final Duration LONGEST_LOCK = Duration.ofDays(1);

    private record Key(String username, String address) {}

    private record State(int failures, int locks, Instant lockedUntil) {}

    private final Map<Key, State> states = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginAttempts() { this(Clock.systemUTC()); }

    LoginAttempts(Clock clock) { this.clock = clock; }

    /** Locked for the address of the current request (no request, as on the command line: never). */
    boolean isLocked(String username) {
        String address = currentAddress();
        return address != null && isLocked(username, address);
    }

    boolean isLocked(String username, String address) {
        State state = states.get(new Key(username, address));
        return state != null && state.lockedUntil() != null && clock.instant().isBefore(state.lockedUntil());
    }

    /** Locked for any address: what the users page shows. */
    boolean isLockedAnywhere(String username) {
        return states.keySet().stream().anyMatch(k -> k.username().equals(username) && isLocked(username, k.address()));
    }

    void failed(String username, String address) {
        states.compute(new Key(username, address == null ? "" : address), (key, state) -> {
            int failures = (state == null ? 0 : state.failures()) + 1;
            int locks = state == null ? 0 : state.locks();
            if (failures < MAX_FAILURES) return new State(failures, locks, state == null ? null : state.lockedUntil());
            Duration lock = LOCK_FOR.multipliedBy(1L << Math.min(locks, 10));
            if (lock.compareTo(LONGEST_LOCK) > 0) lock = LONGEST_LOCK;
            return new State(0, locks + 1, clock.instant().plus(lock));
        });
    }

    /** A successful login from an address clears that address's count. */
    void succeeded(String username, String address) {
        states.remove(new Key(username, address == null ? "" : address));
    }

    /** An administrator's unlock: every address. */
    void unlock(String username) {
        states.keySet().removeIf(k -> k.username().equals(username));
    }

    private static String currentAddress() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) return null;
        HttpServletRequest request = attributes.getRequest();
        return request.getRemoteAddr();
    }
}
