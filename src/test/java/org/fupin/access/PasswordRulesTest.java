package org.fupin.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue #23: passwords that meet length and character rules but are easy to guess are refused. */
class PasswordRulesTest {

    @ParameterizedTest(name = "{0} for {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "aaaaaaaaa1, wang, PASSWORD_WEAK",          // two different characters
            "wangwang12, wang, PASSWORD_WEAK",          // the login name twice
            "Password123, zhang, PASSWORD_WEAK",        // a well-known password
            "1q2w3e4r5t, zhang, PASSWORD_WEAK",
            "short1, zhang, PASSWORD_TOO_SHORT",
            "onlyletters, zhang, PASSWORD_TOO_SIMPLE",
            "Qilian-grass-2024, zhang, -"})
    void refusesPasswordsThatAreEasyToGuess(String password, String username, String problem) {
        var problems = UserAdministration.passwordProblems(password, username);

        if (problem == null) assertThat(problems).isEmpty();
        else assertThat(problems).containsExactly(problem);
    }
}
