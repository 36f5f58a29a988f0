package org.fupin.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fupin.household.domain.IdNumber.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 11643-1999 numbers and 残疾人证号 (domain.md §6.1, worked cases T3–T9). */
class IdNumberTest {

    private static final int YEAR = 2015;

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "VALID", textBlock = """
            T3 standard example, check X        | 11010519491231002X   | VALID
            T4 standard example born 1880       | 440524188001010014   | BIRTH_DATE_RANGE
            T5 wrong check character            | 110105194912310021   | CHECK_DIGIT
            T6 computed check X                 | 34052419800101001X   | VALID
            T7 lower-case x                     | 11010519491231002x   | VALID
            T8 disability card 肢体 三级          | 11010519491231002X43 | VALID
            T9 disability category 8            | 11010519491231002X83 | DISABILITY_CATEGORY
            disability category 0               | 11010519491231002X03 | DISABILITY_CATEGORY
            disability grade 5                  | 11010519491231002X45 | DISABILITY_GRADE
            disability grade 0                  | 11010519491231002X40 | DISABILITY_GRADE
            born 1899-12-31                     | 110105189912310015   | BIRTH_DATE_RANGE
            born after the snapshot year        | 620721201601010017   | BIRTH_DATE_RANGE
            born on the last day of the year    | 620721201512310026   | VALID
            month 13                            | 110105194913310013   | BIRTH_DATE
            29 February of a common year        | 110105194902290010   | BIRTH_DATE
            17 characters                       | 11010519491231002    | LENGTH
            19 characters                       | 11010519491231002X4  | LENGTH
            empty                               | ''                   | LENGTH
            letter in the body                  | 1101051949123100AX   | CHARACTERS
            X not in last place                 | X10105194912310021   | CHARACTERS
            letter as check character           | 11010519491231002Y   | CHARACTERS
            letter in the disability suffix     | 11010519491231002X4A | CHARACTERS
            """)
    void classifiesNumbersLikeTheWorkedCases(String description, String raw, Problem expected) {
        IdNumber.Parsed parsed = IdNumber.parse(raw, YEAR);

        assertThat(parsed.problem()).as(description).isEqualTo(expected);
        assertThat(parsed.isValid()).isEqualTo(expected == null);
        assertThat(parsed.number() != null).isEqualTo(expected == null);
    }

    @Test
    void readsBirthDateSexAndAddressCodeOfTheStandardExample() {
        IdNumber id = IdNumber.parse("11010519491231002X", YEAR).number();

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.isMale()).isFalse();
        assertThat(id.addressCode()).isEqualTo("110105");
        assertThat(id.isDisabilityCard()).isFalse();
        assertThat(id.ageOn(LocalDate.of(2015, 12, 31))).isEqualTo(66);
    }

    @Test
    void computesTheCheckCharactersOfTheWorkedCases() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
        assertThat(IdNumber.checkCharacter("34052419800101001")).isEqualTo('X');
    }

    @Test
    void treatsAnOddSeventeenthDigitAsMale() {
        // T4's check character and sex are right even though its 1880 birth date is outside the import range.
        assertThat(IdNumber.parse("620721197005010011", YEAR).number().isMale()).isTrue();
        assertThat(IdNumber.parse("620721197203020026", YEAR).number().isMale()).isFalse();
    }

    @Test
    void storesLowerCaseXAsUpperCase() {
        assertThat(IdNumber.parse("11010519491231002x", YEAR).number().value()).isEqualTo("11010519491231002X");
        assertThat(IdNumber.parse(" 11010519491231002x ", YEAR).number().value()).isEqualTo("11010519491231002X");
    }

    @Test
    void readsTheCitizenNumberInsideADisabilityCardNumber() {
        IdNumber card = IdNumber.parse("11010519491231002X43", YEAR).number();

        assertThat(card.isDisabilityCard()).isTrue();
        assertThat(card.citizenNumber()).isEqualTo("11010519491231002X");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void refusesAMissingNumberAsWrongLength() {
        assertThat(IdNumber.parse(null, YEAR).problem()).isEqualTo(Problem.LENGTH);
    }

    @Test
    void refusesDigitsOutsideAsciiEvenWhenTheChecksumHappensToMatch() {
        // U+0661 ARABIC-INDIC DIGIT ONE in the 顺序码; '2' is the check character this body "computes".
        assertThat(IdNumber.parse("11010519491231\u0661022", YEAR).problem()).isEqualTo(Problem.CHARACTERS);
    }

    @Test
    void masksAllButTheFirstSixAndTheLastCharacter() {
        assertThat(IdNumber.masked("11010519491231002X")).isEqualTo("110105***********X");
        assertThat(IdNumber.masked("11010519491231002X43")).isEqualTo("110105*************3");
        assertThat(IdNumber.masked("123")).isEqualTo("****");
        assertThat(IdNumber.masked(null)).isEqualTo("****");
        assertThat(IdNumber.parse("11010519491231002X", YEAR).number().toString()).isEqualTo("110105***********X");
    }

    /** Issue #23: the mask, the birth date and the sex shown beside it leave dozens of numbers possible. */
    @Test
    void theMaskWithTheBirthDateAndSexDoesNotGiveTheNumberBack() {
        String number = "620721199003150896";
        String mask = IdNumber.masked(number);
        String prefix = mask.substring(0, 6);
        String birth = "19900315";
        boolean male = (number.charAt(16) - '0') % 2 == 1;
        long candidates = java.util.stream.IntStream.range(0, 1000).mapToObj(seq -> String.format("%s%s%03d", prefix, birth, seq))
                .filter(body -> ((body.charAt(16) - '0') % 2 == 1) == male)
                .filter(body -> IdNumber.checkCharacter(body) == mask.charAt(mask.length() - 1))
                .count();

        assertThat(mask).isEqualTo("620721***********6");
        assertThat(candidates).isGreaterThan(20);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            T3 in legacy form, check X          | 110105491231002 | 11010519491231002X
            T6 body in legacy form              | 340524800101001 | 34052419800101001X
            sample county member                | 620721890927405 | 620721198909274057
            """)
    void upgradesFifteenDigitLegacyNumbersToEighteen(String name, String fifteen, String eighteen) {
        assertThat(IdNumber.upgradeLegacy(fifteen)).contains(eighteen);
        assertThat(IdNumber.parseAllowingLegacy(fifteen, YEAR).number().value()).isEqualTo(eighteen);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            14 digits          | 11010549123100
            16 digits          | 1101054912310021
            letter             | 11010549123100X
            """)
    void upgradesOnlyFifteenAsciiDigits(String name, String raw) {
        assertThat(IdNumber.upgradeLegacy(raw)).isEmpty();
    }

    @Test
    void legacyNumberWithAnImpossibleBirthDateIsRefusedAfterTheUpgrade() {
        assertThat(IdNumber.parseAllowingLegacy("110105491331002", YEAR).problem()).isEqualTo(Problem.BIRTH_DATE);
    }

    @Test
    void eighteenCharacterNumbersParseAsBefore() {
        assertThat(IdNumber.parseAllowingLegacy("11010519491231002x", YEAR).number().value()).isEqualTo("11010519491231002X");
    }
}
