package org.fupin.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.fupin.region.RegionCode.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 12-digit 统计用区划代码 (domain.md §6.2–6.3, import-templates.md §1, worked case T21). */
class RegionCodeTest {

    @Test
    void readsTheSegmentsOfTheWorkedVillageCode() {
        RegionCode code = RegionCode.of("220581102202");

        assertThat(code.level()).isEqualTo(RegionLevel.VILLAGE);
        assertThat(code.prefix()).isEqualTo("220581102202");
        assertThat(code.countyCode()).contains("220581");
        assertThat(code.parent()).contains(RegionCode.of("220581102000"));
    }

    @Test
    void walksUpFromVillageToProvinceOneLevelAtATime() {
        RegionCode village = RegionCode.of("220581102202");
        RegionCode township = village.parent().orElseThrow();
        RegionCode county = township.parent().orElseThrow();
        RegionCode city = county.parent().orElseThrow();
        RegionCode province = city.parent().orElseThrow();

        assertThat(township.value()).isEqualTo("220581102000");
        assertThat(township.level()).isEqualTo(RegionLevel.TOWNSHIP);
        assertThat(county.value()).isEqualTo("220581000000");
        assertThat(county.level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(city.value()).isEqualTo("220500000000");
        assertThat(city.level()).isEqualTo(RegionLevel.CITY);
        assertThat(province.value()).isEqualTo("220000000000");
        assertThat(province.level()).isEqualTo(RegionLevel.PROVINCE);
        assertThat(province.parent()).isEmpty();
        assertThat(city.countyCode()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(textBlock = """
            220581,       220581000000, COUNTY
            2205,         ,             FORMAT
            22,           ,             FORMAT
            ' 220581 ',   220581000000, COUNTY
            220000,       220000000000, PROVINCE
            220500,       220500000000, CITY
            220581102202, 220581102202, VILLAGE
            320508019044, 320508019044, VILLAGE
            440983102001, 440983102001, VILLAGE
            620721102000, 620721102000, TOWNSHIP
            441900003000, 441900003000, TOWNSHIP
            442000113001, 442000113001, VILLAGE
            460400100000, 460400100000, TOWNSHIP
            620200002001, 620200002001, VILLAGE
            """)
    void acceptsTwelveDigitsOrPadsSixDigitCodes(String raw, String expectedValue, String expectedLevelOrProblem) {
        RegionCode.Parsed parsed = RegionCode.parse(raw);

        if (expectedValue == null) {
            assertThat(parsed.problem()).isEqualTo(Problem.valueOf(expectedLevelOrProblem));
            assertThat(parsed.code()).isNull();
        } else {
            assertThat(parsed.isValid()).isTrue();
            assertThat(parsed.code().value()).isEqualTo(expectedValue);
            assertThat(parsed.code().level()).isEqualTo(RegionLevel.valueOf(expectedLevelOrProblem));
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            '',            FORMAT
            2205811022,    FORMAT
            2205811022020, FORMAT
            22058110220A,  FORMAT
            22058A,        FORMAT
            000000000000,  SEGMENTS
            000581102202,  SEGMENTS
            220081000000,  SEGMENTS
            220000102000,  SEGMENTS
            220500000202,  SEGMENTS
            220581000202,  SEGMENTS
            """)
    void refusesCodesThatAreNotTwelveDigitsOrHaveANonZeroSegmentAfterAZeroOne(String raw, Problem expected) {
        assertThat(RegionCode.parse(raw).problem()).isEqualTo(expected);
    }

    /** Issue #26: 东莞 (4419), 中山 (4420), 儋州 (4604) and 嘉峪关 (6202) have townships but no counties. */
    @Test
    void aTownshipOfACityWithoutCountiesHangsUnderTheCity() {
        RegionCode dongcheng = RegionCode.of("441900003000");

        assertThat(dongcheng.parent()).contains(RegionCode.of("441900000000"));
        assertThat(dongcheng.parent().orElseThrow().level()).isEqualTo(RegionLevel.CITY);
        assertThat(RegionCode.of("441900003001").parent()).contains(dongcheng);
        assertThat(dongcheng.countyCode()).contains("441900");
    }

    @Test
    void refusesAMissingCode() {
        assertThat(RegionCode.parse(null).problem()).isEqualTo(Problem.FORMAT);
        assertThatThrownBy(() -> RegionCode.of("2205")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesDigitsOutsideAscii() {
        // U+0662 ARABIC-INDIC DIGIT TWO; U+0968 DEVANAGARI DIGIT TWO.
        assertThat(RegionCode.parse("22058110220\u0662").problem()).isEqualTo(Problem.FORMAT);
        assertThat(RegionCode.parse("22058\u0968").problem()).isEqualTo(Problem.FORMAT);
    }

    @ParameterizedTest(name = "{0}: {1}..{2}")
    @CsvSource(textBlock = """
            220000000000, 220000000000, 229999999999
            220500000000, 220500000000, 220599999999
            220581000000, 220581000000, 220581999999
            220581102000, 220581102000, 220581102999
            220581102202, 220581102202, 220581102202
            """)
    void spansItsSubtreeWithLowestAndHighestDescendant(String code, String lowest, String highest) {
        RegionCode region = RegionCode.of(code);

        assertThat(region.lowestDescendant()).isEqualTo(lowest);
        assertThat(region.highestDescendant()).isEqualTo(highest);
    }

    @Test
    void containsItselfAndItsDescendantsButNotItsNeighbours() {
        RegionCode county = RegionCode.of("220581");

        assertThat(county.contains(county)).isTrue();
        assertThat(county.contains(RegionCode.of("220581102202"))).isTrue();
        assertThat(county.contains(RegionCode.of("220582102202"))).isFalse();
        assertThat(county.contains(RegionCode.of("220000"))).isFalse();
        assertThat(RegionCode.of("220581102202").parent().map(p -> p.contains(county))).isEqualTo(Optional.of(false));
    }
}
