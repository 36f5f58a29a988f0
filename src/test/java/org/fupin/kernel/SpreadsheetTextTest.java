package org.fupin.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
            "@SUM(A1)|'@SUM(A1)",
            "+cmd|'+cmd",
            "-2+3|'-2+3",
            "-12.50|-12.50",
            "+86|+86",
            "张三|张三",
            "a=b|a=b"})
    void neutralisesOnlyTextsASpreadsheetWouldTakeForAFormula(String text, String written) {
        assertThat(SpreadsheetText.neutralised(text)).isEqualTo(written);
    }
}
