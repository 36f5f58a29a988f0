package org.fupin.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Header and cell normalisation (import-templates.md "General rules"). */
class TextTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            务工时间（月）               | 务工时间(月)
            乡（镇）内务工              | 乡(镇)内务工
            ２０１５                   | 2015
            １１０１０５１９４９１２３１００２ｘ | 11010519491231002x
            '　户主　'                  | 户主
            '  户主  '                 | 户主
            '\t户主\t'                 | 户主
            户　主                     | 户 主
            ＡＢＣ                     | ABC
            汉族                       | 汉族
            """)
    void foldsFullWidthFormsAndTrimsSpaces(String raw, String expected) {
        assertThat(Text.normalise(raw.replace("\\t", "\t"))).isEqualTo(expected);
    }

    @Test
    void treatsNullAndSpacesAsBlank() {
        assertThat(Text.normalise(null)).isEmpty();
        assertThat(Text.isBlank(null)).isTrue();
        assertThat(Text.isBlank("")).isTrue();
        assertThat(Text.isBlank(" \u3000 ")).isTrue();
        assertThat(Text.isBlank("否")).isFalse();
    }
}
