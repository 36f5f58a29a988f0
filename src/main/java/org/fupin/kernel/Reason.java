package org.fupin.kernel;

import java.util.List;

/**
 * Why a rule refused something: a stable code (message {@code assistance.rule.<code>}) and the numbers the message
 * shows, for instance the amount asked for and the limit.
 */
public record Reason(String code, List<Object> args) {

    public static Reason of(String code, Object... args) {
        return new Reason(code, List.of(args));
    }
}
