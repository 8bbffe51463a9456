package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportComplianceTests {

    /**
     * The board opens on the latest year whose first deadline has come: departments' open-government-information
     * reports are due by 31 January, governments' by 31 March, rule-of-law reports by 1 April.
     */
    @ParameterizedTest(name = "on {0} the board shows {1}")
    @CsvSource({
        // Before the first deadline of 2025's reports: 2024's, all of whose deadlines have passed.
        "2026-01-01, 2024",
        "2026-01-30, 2024",
        // The departments' deadline day and after: 2025's, the governments' still running.
        "2026-01-31, 2025",
        "2026-02-01, 2025",
        "2026-03-31, 2025",
        "2026-04-01, 2025",
        "2026-04-02, 2025",
        "2026-12-14, 2025",
        "2026-12-31, 2025",
        // A new year changes nothing until the next 31 January.
        "2027-01-01, 2025",
        "2027-01-30, 2025",
        "2027-01-31, 2026",
        // Leap years move no deadline.
        "2028-01-30, 2026",
        "2028-01-31, 2027",
        "2028-02-29, 2027"
    })
    void opensOnTheLatestYearWhoseFirstDeadlineHasCome(LocalDate today, int year) {
        assertThat(ReportCompliance.yearToShow(today)).isEqualTo(year);
    }
}
