package org.fupin.household.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A person's certificate number: an 18-character 公民身份号码 (GB 11643-1999, ISO 7064 MOD 11-2 check character)
 * or a 20-character second-generation 残疾人证号 (the 18-character number + disability category 1–7 + grade 1–4).
 * Lower-case {@code x} is accepted and stored upper-case. Use {@link #parse(String, int)} to validate.
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** Why a number is not valid; each maps to a message key {@code error.id.<CODE>}. */
    public enum Problem { LENGTH, CHARACTERS, BIRTH_DATE, BIRTH_DATE_RANGE, CHECK_DIGIT, DISABILITY_CATEGORY, DISABILITY_GRADE }

    /** The outcome of parsing: either a number or the reason it was refused. */
    public record Parsed(IdNumber number, Problem problem) {
        public boolean isValid() { return problem == null; }
    }

    /**
     * Validates {@code raw} for a snapshot year: the birth date must be real and lie between 1900-01-01 and the end
     * of {@code year}.
     */
    public static Parsed parse(String raw, int year) {
        String s = raw == null ? "" : raw.trim().toUpperCase();
        if (s.length() != 18 && s.length() != 20) return refuse(Problem.LENGTH);
        if (!s.substring(0, 17).chars().allMatch(IdNumber::isAsciiDigit)) return refuse(Problem.CHARACTERS);
        char check = s.charAt(17);
        if (!isAsciiDigit(check) && check != 'X') return refuse(Problem.CHARACTERS);
        if (s.length() == 20 && !s.substring(18).chars().allMatch(IdNumber::isAsciiDigit)) return refuse(Problem.CHARACTERS);
        Optional<LocalDate> birth = birthDateOf(s);
        if (birth.isEmpty()) return refuse(Problem.BIRTH_DATE);
        if (birth.get().isBefore(LocalDate.of(1900, 1, 1)) || birth.get().getYear() > year) {
            return refuse(Problem.BIRTH_DATE_RANGE);
        }
        if (checkCharacter(s.substring(0, 17)) != check) return refuse(Problem.CHECK_DIGIT);
        if (s.length() == 20) {
            int category = s.charAt(18) - '0';
            int grade = s.charAt(19) - '0';
            if (category < 1 || category > 7) return refuse(Problem.DISABILITY_CATEGORY);
            if (grade < 1 || grade > 4) return refuse(Problem.DISABILITY_GRADE);
        }
        return new Parsed(new IdNumber(s), null);
    }

    /**
     * Like {@link #parse(String, int)}, but also accepts a 15-digit legacy number (GB 11643-1989), which is
     * upgraded to its 18-character form first (domain.md §6.1). Other departments' lists still carry them.
     */
    public static Parsed parseAllowingLegacy(String raw, int year) {
        String s = raw == null ? "" : raw.trim();
        return parse(s.length() == 15 ? upgradeLegacy(s).orElse(s) : s, year);
    }

    /**
     * The 18-character form of a 15-digit legacy number: "19" inserted before the 6-digit birth date
     * (the legacy numbers carry no century and were issued to people born in the 1900s) and the MOD 11-2 check
     * character appended. Empty when {@code fifteen} is not 15 ASCII digits.
     */
    public static Optional<String> upgradeLegacy(String fifteen) {
        if (fifteen == null || fifteen.length() != 15 || !fifteen.chars().allMatch(IdNumber::isAsciiDigit)) {
            return Optional.empty();
        }
        String body = fifteen.substring(0, 6) + "19" + fifteen.substring(6);
        return Optional.of(body + checkCharacter(body));
    }

    /** The MOD 11-2 check character for a 17-digit body. */
    public static char checkCharacter(String body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    /** Only 0–9: {@link Character#isDigit} also accepts other scripts' digits, which the checksum misreads. */
    private static boolean isAsciiDigit(int c) { return c >= '0' && c <= '9'; }

    private static Parsed refuse(Problem problem) {
        return new Parsed(null, problem);
    }

    private static Optional<LocalDate> birthDateOf(String s) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(s.substring(6, 10)),
                    Integer.parseInt(s.substring(10, 12)), Integer.parseInt(s.substring(12, 14))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The 18-character citizen number (a disability card number without its last two characters). */
    public String citizenNumber() { return value.substring(0, 18); }

    public LocalDate birthDate() { return birthDateOf(value).orElseThrow(); }

    /** True when the 17th character (顺序码 parity) is odd. */
    public boolean isMale() { return (value.charAt(16) - '0') % 2 == 1; }

    /** The 6-digit 地址码. */
    public String addressCode() { return value.substring(0, 6); }

    public boolean isDisabilityCard() { return value.length() == 20; }

    /** Age in whole years on {@code date}. */
    public int ageOn(LocalDate date) {
        return java.time.Period.between(birthDate(), date).getYears();
    }

    /**
     * Shown on every page, print, export and API: the first 6 characters (the issuing county) and the last one, e.g.
     * {@code 620721***********4}. The birth date and the sequence stay hidden, so that the mask beside a shown
     * birth date and sex does not give the number back (issue #23: first 6 + last 4 beside the birth date did).
     */
    public static String masked(String value) {
        if (value == null || value.length() < 10) return "****";
        return value.substring(0, 6) + "*".repeat(value.length() - 7) + value.substring(value.length() - 1);
    }

    @Override
    public String toString() { return masked(value); }
}
