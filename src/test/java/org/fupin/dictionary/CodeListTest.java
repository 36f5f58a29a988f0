package org.fupin.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Label and alias lookup in one code list (import-templates.md §3: "族" may be omitted). */
class CodeListTest {

    private final CodeLists codes = CodeListsFixture.forYear(2015);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            汉族,       01
            汉,         01
            回,         03
            裕固族,     48
            裕固,       48
            '　回族 ',  03
            """)
    void findsAnEthnicityByItsNameWithOrWithoutZu(String raw, String code) {
        assertThat(codes.get(CodeLists.ETHNICITY).byLabel(raw)).map(CodeList.Entry::code).contains(code);
    }

    @Test
    void findsALabelWrittenWithFullWidthBrackets() {
        CodeList work = codes.get(CodeLists.WORK_STATUS);

        assertThat(work.byLabel("乡（镇）内务工")).map(CodeList.Entry::code).contains("1");
        assertThat(work.byLabel("乡(镇)外县内务工")).map(CodeList.Entry::code).contains("2");
    }

    @Test
    void findsNothingForAnUnknownOrBlankLabel() {
        CodeList ethnicity = codes.get(CodeLists.ETHNICITY);

        assertThat(ethnicity.byLabel("汉人")).isEmpty();
        assertThat(ethnicity.byLabel("")).isEmpty();
        assertThat(ethnicity.byLabel(null)).isEmpty();
        assertThat(ethnicity.byLabel("01")).isEmpty();
    }

    @Test
    void keepsTheFirstEntryWhenAnAliasIsClaimedTwice() {
        CodeList list = new CodeList("TEST")
                .add("1", "甲", List.of("共用"))
                .add("2", "乙", List.of("共用"));

        assertThat(list.byLabel("共用")).map(CodeList.Entry::code).contains("1");
    }

    @Test
    void givesLabelsByCodeInDisplayOrder() {
        CodeList status = codes.get(CodeLists.POVERTY_STATUS);

        assertThat(status.label("3")).contains("返贫");
        assertThat(status.label("2")).isEmpty();
        assertThat(status.entries()).extracting(CodeList.Entry::label).containsExactly("未脱贫", "已脱贫", "返贫");
        assertThat(status.name()).isEqualTo(CodeLists.POVERTY_STATUS);
    }
}
