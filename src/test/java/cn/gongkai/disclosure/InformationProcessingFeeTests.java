package cn.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bands of 国办函〔2020〕109号, at and around every boundary. */
class InformationProcessingFeeTests {

    @ParameterizedTest(name = "request no. {0} of the month costs {1} 元")
    @CsvSource({
        "1, 0",
        "10, 0",
        "11, 100",
        "12, 100",
        "30, 100",
        "31, 200",
        "40, 200",
        "41, 300",
        "50, 300",
        "51, 400",
        "60, 400",
        "61, 500",
        "100, 800",
        "101, 900",
    })
    void chargesPerRequestByTheMonthsRunningCount(int ordinal, int yuan) {
        assertThat(InformationProcessingFee.perRequest(ordinal)).isEqualTo(yuan);
    }

    @ParameterizedTest(name = "{0} pages cost {1} 元")
    @CsvSource({
        "0, 0",
        "1, 0",
        "30, 0",
        "31, 10",
        "32, 20",
        "100, 700",
        "101, 720",
        "150, 1700",
        "200, 2700",
        "201, 2740",
        "250, 4700",
        "1000, 34700",
    })
    void chargesPerPageOnlyThePagesInsideEachBand(int pages, int yuan) {
        assertThat(InformationProcessingFee.perPage(pages)).isEqualTo(yuan);
    }

    @ParameterizedTest
    @CsvSource({"0", "-1"})
    void refusesAnOrdinalBelowOne(int ordinal) {
        assertThatIllegalArgumentException().isThrownBy(() -> InformationProcessingFee.perRequest(ordinal));
    }

    @ParameterizedTest
    @CsvSource({"-1", "-30"})
    void refusesNegativePages(int pages) {
        assertThatIllegalArgumentException().isThrownBy(() -> InformationProcessingFee.perPage(pages));
    }
}
