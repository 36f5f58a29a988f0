package org.fupin.comparison.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.fupin.household.domain.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row of an external list on its own (issue #11; ID numbers per domain.md §6.1). */
class ExternalRowParserTest {

    private static final LocalDate AS_OF = LocalDate.of(2015, 6, 30);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            11010519491231002X   | 11010519491231002X | false
            11010519491231002x   | 11010519491231002X | false
            110105491231002      | 11010519491231002X | true
            11010519491231002X43 | 11010519491231002X | false
            """)
    void normalisesEveryAcceptedFormToTheEighteenCharacterNumber(String raw, String citizen, boolean legacy) {
        ExternalRowParser.Result result = ExternalRowParser.parse(2, ListType.DEATH, cells(raw, "2015-05-01"), AS_OF);
        assertThat(result.findings()).isEmpty();
        assertThat(result.fact().citizenNumber()).isEqualTo(citizen);
        assertThat(result.fact().legacyForm()).isEqualTo(legacy);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            110105194912310021 | ID_CHECK_DIGIT
            11010549123100A    | ID_LENGTH
            1101054912310      | ID_LENGTH
            110105491331002    | ID_BIRTH_DATE
            620721201601010017 | ID_BIRTH_DATE_RANGE
            ''                 | REQUIRED
            """)
    void refusesInvalidIdNumbersWithTheReason(String raw, String code) {
        ExternalRowParser.Result result = ExternalRowParser.parse(7, ListType.DEATH, cells(raw, "2015-05-01"), AS_OF);
        assertThat(result.fact()).isNull();
        assertThat(result.findings()).extracting(Finding::row, Finding::column, Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7, "ID_NUMBER", code));
    }

    @Test
    void legacyNumbersCarryNoCheckCharacterSoAnyFifteenDigitsWithARealBirthDateAreAccepted() {
        assertThat(ExternalRowParser.parse(2, ListType.DEATH, cells("110105491231003", "2015-05-01"), AS_OF).fact()
                .citizenNumber()).isEqualTo("110105194912310038");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2015-03-01    | 2015-03-01
            2015/3/1      | 2015-03-01
            2015.03.01    | 2015-03-01
            20150301      | 2015-03-01
            42064         | 2015-03-01
            """)
    void readsTheDateFormsDepartmentsSend(String raw, LocalDate expected) {
        assertThat(ExternalRowParser.date(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2015-02-29
            2015-13-01
            yesterday
            2015
            """)
    void refusesWhatIsNotADate(String raw) {
        assertThat(ExternalRowParser.date(raw)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            30000      | 30000.00
            29999.99   | 29999.99
            '85,000.5' | 85000.50
            -1         | NULL
            1.234      | NULL
            three      | NULL
            """)
    void readsAmountsAsYuanWithTwoDecimals(String raw, BigDecimal expected) {
        assertThat(ExternalRowParser.number(raw)).isEqualTo(expected);
    }

    @Test
    void vehicleRowNeedsTypeAndPriceAndLocatesEachProblem() {
        Map<ListColumn, String> cells = new EnumMap<>(ListColumn.class);
        cells.put(ListColumn.ID_NUMBER, "11010519491231002X");
        cells.put(ListColumn.VEHICLE_TYPE, "");
        cells.put(ListColumn.PURCHASE_PRICE, "abc");
        cells.put(ListColumn.PURCHASE_DATE, "2016-01-01");
        ExternalRowParser.Result result = ExternalRowParser.parse(4, ListType.VEHICLE, cells, AS_OF);
        assertThat(result.fact()).isNull();
        assertThat(result.findings()).extracting(Finding::column, Finding::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("VEHICLE_TYPE", "REQUIRED"),
                org.assertj.core.groups.Tuple.tuple("PURCHASE_PRICE", "NUMBER"),
                org.assertj.core.groups.Tuple.tuple("PURCHASE_DATE", "DATE_AFTER_AS_OF"));
    }

    @Test
    void vehicleRowFillsCategoryAmountDateAndDetail() {
        Map<ListColumn, String> cells = new EnumMap<>(ListColumn.class);
        cells.put(ListColumn.ID_NUMBER, "11010519491231002X");
        cells.put(ListColumn.NAME, "name");
        cells.put(ListColumn.VEHICLE_TYPE, "car");
        cells.put(ListColumn.PURCHASE_PRICE, "30000");
        cells.put(ListColumn.PLATE, "G12345");
        ExternalFact fact = ExternalRowParser.parse(2, ListType.VEHICLE, cells, AS_OF).fact();
        assertThat(fact).isEqualTo(new ExternalFact("11010519491231002X", false, "name", "car", null,
                new BigDecimal("30000.00"), null, null, "G12345"));
    }

    private static Map<ListColumn, String> cells(String id, String deathDate) {
        Map<ListColumn, String> cells = new EnumMap<>(ListColumn.class);
        cells.put(ListColumn.ID_NUMBER, id);
        cells.put(ListColumn.DEATH_DATE, deathDate);
        return cells;
    }
}
