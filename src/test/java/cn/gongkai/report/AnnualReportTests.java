package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.platform.ConflictException;
import cn.gongkai.platform.PortalException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

/**
 * Every step of the workflow in every state a report can be in, with and without a public version: the legal ones
 * move the report where the workflow says and answer what happened, the others are a 409 that changes nothing; and
 * nobody approves their own submission.
 */
class AnnualReportTests {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final String EDITOR = "editor";
    private static final String PUBLISHER = "publisher";
    private static final ReportContent TEXT = new ReportContent(
            "某县2025年法治政府建设年度报告", "", List.of(new ReportSection("一、", "主要举措和成效", false, "正文。", List.of())));

    /** Where each step leads from each state; a step missing from a state's row is illegal there. */
    private static final Map<ReportState, Map<ReportAction, ReportState>> MOVES = new EnumMap<>(Map.of(
            ReportState.DRAFT, Map.of(ReportAction.SAVE, ReportState.DRAFT, ReportAction.SUBMIT, ReportState.SUBMITTED),
            ReportState.SUBMITTED,
                    Map.of(ReportAction.RETURN, ReportState.DRAFT, ReportAction.APPROVE, ReportState.APPROVED),
            ReportState.APPROVED,
                    Map.of(
                            ReportAction.RETURN,
                            ReportState.DRAFT,
                            ReportAction.PUBLISH,
                            ReportState.PUBLISHED,
                            ReportAction.SCHEDULE,
                            ReportState.SCHEDULED),
            ReportState.SCHEDULED, Map.of(ReportAction.UNSCHEDULE, ReportState.APPROVED),
            ReportState.PUBLISHED, Map.of(ReportAction.CORRECT, ReportState.DRAFT),
            ReportState.WITHDRAWN, Map.of(ReportAction.CORRECT, ReportState.DRAFT)));

    /** The event each step answers. */
    private static final Map<ReportAction, Class<? extends ReportEvent>> EVENTS = new EnumMap<>(Map.of(
            ReportAction.SAVE, ReportEvent.DraftSaved.class,
            ReportAction.SUBMIT, ReportEvent.Submitted.class,
            ReportAction.RETURN, ReportEvent.Returned.class,
            ReportAction.APPROVE, ReportEvent.Approved.class,
            ReportAction.PUBLISH, ReportEvent.Published.class,
            ReportAction.SCHEDULE, ReportEvent.Scheduled.class,
            ReportAction.UNSCHEDULE, ReportEvent.Unscheduled.class,
            ReportAction.CORRECT, ReportEvent.CorrectionStarted.class,
            ReportAction.WITHDRAW, ReportEvent.Withdrawn.class));

    /**
     * Every state × every step × whether a version is public (a published report always has one, a withdrawn one
     * never): the expected state after it, or null when the step is illegal there.
     */
    static Stream<Arguments> everyStateAndStep() {
        List<Arguments> cases = new ArrayList<>();
        for (ReportState state : ReportState.values()) {
            for (boolean isPublic : new boolean[] {false, true}) {
                if (state == ReportState.PUBLISHED && !isPublic || state == ReportState.WITHDRAWN && isPublic) {
                    continue;
                }
                for (ReportAction action : ReportAction.values()) {
                    ReportState expected = action == ReportAction.WITHDRAW
                            ? isPublic ? (state == ReportState.PUBLISHED ? ReportState.WITHDRAWN : state) : null
                            : MOVES.get(state).get(action);
                    cases.add(Arguments.of(state, isPublic, action, expected));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{2} in {0} (public: {1}) → {3}")
    @MethodSource("everyStateAndStep")
    void eachStepIsTakenFromItsStatesOnly(
            ReportState state, boolean isPublic, ReportAction action, ReportState expected) {
        AnnualReport report = report(state, isPublic, null);

        if (expected == null) {
            assertThatThrownBy(() -> take(report, action)).isInstanceOfSatisfying(ConflictException.class, conflict -> {
                assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
                assertThat(conflict.slug()).isEqualTo("report-illegal-transition");
                assertThat(conflict.getDetailMessageArguments()).containsExactly(action.slug(), state.name());
            });
            assertThat(report.state()).isEqualTo(state);
            assertThat(report.allows(action, PUBLISHER)).isFalse();
        } else {
            assertThat(report.allows(action, PUBLISHER)).isTrue();
            ReportEvent event = take(report, action);
            assertThat(event).isInstanceOf(EVENTS.get(action));
            assertThat(event.action()).isEqualTo(action);
            assertThat(event.reportId()).isEqualTo(report.id());
            assertThat(event.at()).isEqualTo(NOW);
            assertThat(report.state()).isEqualTo(expected);
        }
    }

    @Test
    void nobodyApprovesTheirOwnSubmission() {
        AnnualReport report = report(ReportState.SUBMITTED, false, PUBLISHER);

        assertThat(report.allows(ReportAction.APPROVE, PUBLISHER)).isFalse();
        assertThatThrownBy(() -> report.approve(PUBLISHER, NOW))
                .isInstanceOfSatisfying(PortalException.class, refused -> {
                    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(refused.slug()).isEqualTo("report-own-submission");
                });
        assertThat(report.state()).isEqualTo(ReportState.SUBMITTED);

        assertThat(report.allows(ReportAction.APPROVE, "another-publisher")).isTrue();
        assertThat(report.approve("another-publisher", NOW).by()).isEqualTo("another-publisher");
        assertThat(report.state()).isEqualTo(ReportState.APPROVED);
    }

    @Test
    void aSubmitterMayStillReturnTheirOwnSubmission() {
        AnnualReport report = report(ReportState.SUBMITTED, false, PUBLISHER);

        assertThat(report.returnToEditors("第三部分需补充", PUBLISHER, NOW).reason()).isEqualTo("第三部分需补充");
        assertThat(report.submittedBy()).isNull();
    }

    @Test
    void anIllegalApprovalIsAConflictEvenForTheSubmitter() {
        AnnualReport report = report(ReportState.APPROVED, false, PUBLISHER);

        assertThatThrownBy(() -> report.approve(PUBLISHER, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void submittingRecordsWhoSubmitted() {
        AnnualReport report = report(ReportState.DRAFT, false, null);

        report.submit(EDITOR, NOW);

        assertThat(report.submittedBy()).isEqualTo(EDITOR);
        assertThat(report.updatedBy()).isEqualTo(EDITOR);
    }

    @Test
    void savingFromAnOlderVersionIsAConflictAndChangesNothing() {
        AnnualReport report = report(ReportState.DRAFT, false, null);

        assertThatThrownBy(() -> report.save(2, TEXT, null, EDITOR, NOW))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        conflict -> assertThat(conflict.slug()).isEqualTo("report-changed-meanwhile"));
        assertThat(report.revision()).isEqualTo(3);

        assertThat(report.save(3, TEXT, " 更正 ", EDITOR, NOW).revision()).isEqualTo(4);
        assertThat(report.correctionNote()).isEqualTo("更正");
        assertThat(report.loadedRevision()).isEqualTo(3);
    }

    @Test
    void aTextUnfitForPublicationIsNotSubmitted() {
        AnnualReport report = new AnnualReport(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "340621",
                "某县人民政府",
                2025,
                ReportKind.RULE_OF_LAW,
                ReportState.DRAFT,
                1,
                new ReportContent("", "", List.of()),
                null,
                null,
                null,
                null,
                null,
                NOW,
                EDITOR,
                null);

        assertThatThrownBy(() -> report.submit(EDITOR, NOW)).isInstanceOfSatisfying(PortalException.class, invalid -> {
            assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(invalid.fieldProblems())
                    .extracting(PortalException.FieldProblem::field)
                    .contains("content.title", "content.sections");
        });
        assertThat(report.state()).isEqualTo(ReportState.DRAFT);
    }

    @Test
    void aReturnAndAWithdrawalNeedAReason() {
        assertThatThrownBy(() -> report(ReportState.SUBMITTED, false, EDITOR).returnToEditors(" ", PUBLISHER, NOW))
                .isInstanceOfSatisfying(
                        PortalException.class,
                        invalid -> assertThat(invalid.fieldProblems())
                                .extracting(PortalException.FieldProblem::field)
                                .containsExactly("reason"));
        assertThatThrownBy(() -> report(ReportState.PUBLISHED, true, EDITOR).withdraw(null, PUBLISHER, NOW))
                .isInstanceOf(PortalException.class);
    }

    @Test
    void aScheduleMustLieInTheFuture() {
        AnnualReport report = report(ReportState.APPROVED, false, EDITOR);

        assertThatThrownBy(() -> report.schedule(NOW, PUBLISHER, NOW))
                .isInstanceOfSatisfying(
                        PortalException.class,
                        invalid -> assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThat(report.schedule(LATER, PUBLISHER, NOW).publishAt()).isEqualTo(LATER);
        assertThat(report.scheduledFor()).isEqualTo(LATER);
    }

    @Test
    void aScheduledReportIsPublishedWhenItsTimeComesInTheNameOfWhoScheduledIt() {
        AnnualReport report = report(ReportState.APPROVED, false, EDITOR);
        report.schedule(LATER, PUBLISHER, NOW);

        assertThatThrownBy(() -> report.publishAsScheduled(NOW)).isInstanceOf(ConflictException.class);
        ReportEvent.Published published = report.publishAsScheduled(LATER);

        assertThat(published.by()).isEqualTo(PUBLISHER);
        assertThat(published.asScheduled()).isTrue();
        assertThat(report.state()).isEqualTo(ReportState.PUBLISHED);
        assertThat(report.scheduledFor()).isNull();
    }

    @Test
    void publishingAWithdrawnReportAgainMakesItPublic() {
        AnnualReport report = report(ReportState.WITHDRAWN, false, EDITOR);
        report.correct(EDITOR, NOW);
        report.save(4, TEXT, "更正了数据", EDITOR, NOW);
        report.submit(EDITOR, NOW);
        report.approve(PUBLISHER, NOW);

        report.publish(PUBLISHER, NOW);

        assertThat(report.state()).isEqualTo(ReportState.PUBLISHED);
        assertThat(report.withdrawal()).isNull();
    }

    @Test
    void aCorrectionOfAReportOnlyEverImportedStartsItsFirstDraft() {
        AnnualReport imported = new AnnualReport(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "340621",
                "某县人民政府",
                2020,
                ReportKind.RULE_OF_LAW,
                ReportState.PUBLISHED,
                null,
                TEXT,
                null,
                null,
                1,
                NOW,
                null,
                null,
                null,
                null);

        ReportEvent.CorrectionStarted correction = imported.correct(EDITOR, NOW);

        assertThat(correction.firstDraft()).isTrue();
        assertThat(correction.revision()).isEqualTo(1);
        assertThat(correction.content()).isEqualTo(TEXT);
    }

    /** A report in {@code state}, at revision 3, submitted by {@code submittedBy}. */
    private static AnnualReport report(ReportState state, boolean isPublic, String submittedBy) {
        boolean withdrawn = state == ReportState.WITHDRAWN;
        return new AnnualReport(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "340621",
                "某县人民政府",
                2025,
                ReportKind.RULE_OF_LAW,
                withdrawn ? ReportState.PUBLISHED : state,
                3,
                TEXT,
                isPublic || withdrawn ? "更正了数据" : null,
                state == ReportState.SCHEDULED ? LATER : null,
                isPublic || withdrawn ? 1 : null,
                isPublic || withdrawn ? NOW.minusSeconds(86_400) : null,
                withdrawn ? new ReportDraft.Withdrawal("数据有误", NOW.minusSeconds(3600), PUBLISHER) : null,
                NOW.minusSeconds(60),
                EDITOR,
                submittedBy);
    }

    private static ReportEvent take(AnnualReport report, ReportAction action) {
        return switch (action) {
            case SAVE -> report.save(3, TEXT, report.correctionNote(), EDITOR, NOW);
            case SUBMIT -> report.submit(EDITOR, NOW);
            case RETURN -> report.returnToEditors("请补充", PUBLISHER, NOW);
            case APPROVE -> report.approve(PUBLISHER, NOW);
            case PUBLISH -> report.publish(PUBLISHER, NOW);
            case SCHEDULE -> report.schedule(LATER, PUBLISHER, NOW);
            case UNSCHEDULE -> report.unschedule(PUBLISHER, NOW);
            case CORRECT -> report.correct(EDITOR, NOW);
            case WITHDRAW -> report.withdraw("数据有误", PUBLISHER, NOW);
        };
    }
}
