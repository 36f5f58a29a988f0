package org.fupin.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Issue #23: guessing from one address locks that address out, not the account's owner, and longer each time. */
class LoginAttemptsTest {

    static final String ATTACKER = "203.0.113.9";
    static final String OWNER = "198.51.100.7";

    /** A clock the test moves forward. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-01T08:00:00Z");
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void guessingFromOneAddressLocksThatAddressOnlyAndTwiceAsLongEachTime() {
        TestClock clock = new TestClock();
        LoginAttempts attempts = new LoginAttempts(clock);

        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) attempts.failed("admin", ATTACKER);

        assertThat(attempts.isLocked("admin", ATTACKER)).isTrue();
        assertThat(attempts.isLocked("admin", OWNER)).as("the owner elsewhere still logs in").isFalse();
        assertThat(attempts.isLockedAnywhere("admin")).isTrue();

        clock.now = clock.now.plus(LoginAttempts.LOCK_FOR).plusSeconds(1);
        assertThat(attempts.isLocked("admin", ATTACKER)).isFalse();
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) attempts.failed("admin", ATTACKER);
        clock.now = clock.now.plus(LoginAttempts.LOCK_FOR).plusSeconds(1);
        assertThat(attempts.isLocked("admin", ATTACKER)).as("the second lock lasts 30 minutes").isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(attempts.isLocked("admin", ATTACKER)).isFalse();

        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) attempts.failed("admin", ATTACKER);
        attempts.unlock("admin");
        assertThat(attempts.isLockedAnywhere("admin")).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsOnlyItsOwnAddress() {
        LoginAttempts attempts = new LoginAttempts(new TestClock());
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) attempts.failed("cadre", ATTACKER);

        attempts.succeeded("cadre", OWNER);

        assertThat(attempts.isLocked("cadre", ATTACKER)).isTrue();
    }
}
