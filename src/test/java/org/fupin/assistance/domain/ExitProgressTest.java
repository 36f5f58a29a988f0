package org.fupin.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fupin.assistance.domain.ExitProgress.Entry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExitProgressTest {

    private static final List<Entry> PLAN = List.of(new Entry(2016, true), new Entry(2016, false),
            new Entry(2017, true), new Entry(2018, false), new Entry(2019, false));

    @ParameterizedTest(name = "in {0}: due {1}, exited {2}, overdue {3}")
    @CsvSource({"2015, 0, 0, 0", "2016, 2, 1, 0", "2017, 3, 2, 1", "2018, 4, 2, 1", "2020, 5, 2, 3"})
    void countsHouseholdsDueExitedAndOverdue(int year, int due, int exited, int overdue) {
        assertThat(ExitProgress.of(PLAN, year)).isEqualTo(new ExitProgress(5, due, exited, overdue));
    }
}
