package org.fupin.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fupin.dictionary.CodeList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchoolingExemptionTest {

    static final CodeList FORMS = new CodeList(SchoolingExemption.DICTIONARY).add("1", "送教上门", List.of())
            .add("2", "休学", List.of("因病休学"));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            送教上门            | 送教上门
            休学：长期住院治疗    | 休学：长期住院治疗
            休学: 长期住院治疗    | 休学：长期住院治疗
            因病休学：骨折        | 休学：骨折
            休学                | -
            休学：病            | -
            请假                | -
            在家                | -
            """)
    void acceptsOnlyTeachingAtHomeOrASuspensionWithItsReason(String written, String stored) {
        assertThat(SchoolingExemption.normalise(written, FORMS).orElse(null)).isEqualTo(stored);
    }
}
