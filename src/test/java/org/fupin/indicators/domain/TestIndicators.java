package org.fupin.indicators.domain;

import java.math.BigDecimal;

/** Builders for indicators in tests; numbers are given as strings to keep BigDecimal scales exact. */
final class TestIndicators {

    private TestIndicators() {}

    static BigDecimal dec(String value) { return value == null ? null : new BigDecimal(value); }

    static Indicator positive(String code, String area, String weight, String target) {
        return new Indicator(code, area, code, "%", dec(weight), Direction.POSITIVE, dec(target), null, null, null, null,
                null, true);
    }

    static Indicator negative(String code, String area, String weight, String target) {
        return new Indicator(code, area, code, "%", dec(weight), Direction.NEGATIVE, dec(target), null, null, null, null,
                null, true);
    }

    static Indicator interval(String code, String weight, String l, String a, String b, String u) {
        return new Indicator(code, "人民生活", code, "%", dec(weight), Direction.INTERVAL, null, dec(a), dec(b), dec(l),
                dec(u), null, true);
    }

    static Indicator composite(String code, String area, String weight) {
        return new Indicator(code, area, code, "%", dec(weight), Direction.COMPOSITE, dec("100"), null, null, null, null,
                null, true);
    }

    static Indicator sub(Indicator sub, String parentCode) {
        return new Indicator(sub.code(), sub.area(), sub.name(), sub.unit(), sub.weight(), sub.direction(), sub.target(),
                sub.lower(), sub.upper(), sub.lowerLimit(), sub.upperLimit(), parentCode, sub.verified());
    }
}
