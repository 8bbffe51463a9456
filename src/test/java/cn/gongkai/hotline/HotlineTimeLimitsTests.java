package cn.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The defaults of DOMAIN.md §3, and what a configuration may and may not change. */
class HotlineTimeLimitsTests {

    @Test
    void defaultsAreThoseOfTheDomain() {
        HotlineTimeLimits limits = HotlineTimeLimits.defaults();

        assertThat(limits.replyLimit(HotlineType.ENQUIRY)).isEqualTo(2);
        assertThat(limits.replyLimit(HotlineType.HELP)).isEqualTo(5);
        assertThat(limits.replyLimit(HotlineType.COMPLAINT)).isEqualTo(15);
        assertThat(limits.replyLimit(HotlineType.REPORT)).isEqualTo(15);
        assertThat(limits.replyLimit(HotlineType.SUGGESTION)).isEqualTo(15);
        assertThat(limits.acceptanceWorkingDays()).isEqualTo(1);
        assertThat(limits.returnWorkingDays()).isEqualTo(1);
        assertThat(limits.urgentHours()).isEqualTo(2);
        assertThat(limits.ratingDays()).isEqualTo(7);
    }

    @Test
    void aTypeLeftOutKeepsItsDefault() {
        HotlineTimeLimits limits = new HotlineTimeLimits(Map.of(HotlineType.HELP, 3), 1, 1, 2, 7, 1, 30);

        assertThat(limits.replyLimit(HotlineType.HELP)).isEqualTo(3);
        assertThat(limits.replyLimit(HotlineType.ENQUIRY)).isEqualTo(2);
        assertThat(new HotlineTimeLimits(null, 1, 1, 2, 7, 1, 30).replyWorkingDays())
                .hasSize(5);
    }

    @Test
    void refusesALimitOfNothing() {
        assertThatThrownBy(() -> new HotlineTimeLimits(Map.of(HotlineType.ENQUIRY, 0), 1, 1, 2, 7, 1, 30))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("replyWorkingDays.ENQUIRY");
        assertThatThrownBy(() -> new HotlineTimeLimits(Map.of(), 0, 1, 2, 7, 1, 30))
                .hasMessageContaining("acceptanceWorkingDays");
        assertThatThrownBy(() -> new HotlineTimeLimits(Map.of(), 1, 1, 0, 7, 1, 30))
                .hasMessageContaining("urgentHours");
        assertThatThrownBy(() -> new HotlineTimeLimits(Map.of(), 1, 1, 2, 7, -1, 30))
                .hasMessageContaining("atRiskWorkingDays");
    }
}
