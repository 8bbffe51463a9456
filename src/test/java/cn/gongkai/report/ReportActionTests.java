package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.identity.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every workflow step in every state: exactly the moves of the workflow are allowed, by exactly its roles. */
class ReportActionTests {

    private static final Map<ReportState, Set<ReportAction>> ALLOWED_WHEN_PUBLIC = Map.of(
            ReportState.DRAFT, EnumSet.of(ReportAction.SAVE, ReportAction.SUBMIT, ReportAction.WITHDRAW),
            ReportState.SUBMITTED, EnumSet.of(ReportAction.RETURN, ReportAction.APPROVE, ReportAction.WITHDRAW),
            ReportState.APPROVED,
                    EnumSet.of(ReportAction.RETURN, ReportAction.PUBLISH, ReportAction.SCHEDULE, ReportAction.WITHDRAW),
            ReportState.SCHEDULED, EnumSet.of(ReportAction.UNSCHEDULE, ReportAction.WITHDRAW),
            ReportState.PUBLISHED, EnumSet.of(ReportAction.CORRECT, ReportAction.WITHDRAW),
            ReportState.WITHDRAWN, EnumSet.of(ReportAction.CORRECT, ReportAction.WITHDRAW));

    @Test
    void eachStepIsAllowedInItsStatesOnly() {
        for (ReportState state : ReportState.values()) {
            for (ReportAction action : ReportAction.values()) {
                boolean expected = ALLOWED_WHEN_PUBLIC.get(state).contains(action);
                assertThat(action.isAllowedIn(state, true))
                        .as(action + " in " + state + ", public")
                        .isEqualTo(expected);
                assertThat(action.isAllowedIn(state, false))
                        .as(action + " in " + state + ", not public")
                        .isEqualTo(expected && action != ReportAction.WITHDRAW);
            }
        }
    }

    @Test
    void editorsWriteAndPublishersDecide() {
        assertThat(EnumSet.allOf(ReportAction.class))
                .allSatisfy(action -> assertThat(action.role())
                        .isEqualTo(
                                EnumSet.of(ReportAction.SAVE, ReportAction.SUBMIT, ReportAction.CORRECT)
                                                .contains(action)
                                        ? Role.REPORT_EDITOR
                                        : Role.REPORT_PUBLISHER));
        assertThat(ReportAction.ofSlug("approve")).contains(ReportAction.APPROVE);
        assertThat(ReportAction.ofSlug("APPROVE")).isEmpty();
    }
}
