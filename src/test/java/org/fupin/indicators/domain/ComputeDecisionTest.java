package org.fupin.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A computed value never replaces one entered by hand unless asked, and never leaves a stale computed value. */
class ComputeDecisionTest {

    @ParameterizedTest(name = "stored {0}, computable {1}, overwrite {2} -> {3}")
    @CsvSource(nullValues = "none", value = {
            "none,          true,  false, SAVE",
            "COMPUTED,      true,  false, SAVE",
            "ENTERED,       true,  false, KEEP_ENTERED",
            "IMPORT:a.xlsx, true,  false, KEEP_ENTERED",
            "ENTERED,       true,  true,  SAVE",
            "none,          false, false, MISSING",
            "ENTERED,       false, false, MISSING",
            "ENTERED,       false, true,  MISSING",
            "COMPUTED,      false, false, REMOVE_STALE",
            "COMPUTED,      false, true,  REMOVE_STALE"})
    void decidesFromTheStoredSourceWhetherAnythingWasCountedAndTheRequest(String stored, boolean computable,
                                                                          boolean overwrite, ComputeDecision expected) {
        assertThat(ComputeDecision.decide(stored, computable, overwrite)).isEqualTo(expected);
    }
}
