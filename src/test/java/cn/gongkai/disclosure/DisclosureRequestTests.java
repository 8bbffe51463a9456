package cn.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.disclosure.Application.RequestedInformation;
import cn.gongkai.disclosure.DisclosureRequest.Actor;
import cn.gongkai.identity.RemedyBodies;
import cn.gongkai.platform.PortalException;
import cn.gongkai.shared.CalendarFixture;
import cn.gongkai.shared.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules the aggregate enforces beyond the state table: time limits, once-only steps, dates, four eyes. */
class DisclosureRequestTests {

    private static final WorkingDayCalendar CALENDAR = CalendarFixture.calendar();
    private static final Actor OFFICER = new Actor("officer", "DISCLOSURE_OFFICER");
    private static final Actor HEAD = new Actor("head", "OGI_OFFICE_HEAD");
    private static final RemedyBodies REMEDIES = new RemedyBodies("淮北市人民政府", "淮北市相山区人民法院");
    private static final LocalDate RECEIVED = LocalDate.parse("2026-02-10");
    private static final Instant NOW = Instant.parse("2026-02-10T02:00:00Z");
    private static final RequestedInformation CORRECTED = new RequestedInformation("2025年财政预算", null, "全文");

    @Test
    void receivingStartsTheTimeline() {
        DisclosureRequest request = received();

        assertThat(request.state()).isEqualTo(DisclosureState.RECEIVED);
        assertThat(request.timeline()).extracting(DisclosureEvent::type).containsExactly(DisclosureEventType.RECEIVED);
        assertThat(request.deadline(CALENDAR, RECEIVED).dueOn()).isEqualTo("2026-03-16");
    }

    @Test
    void asksForACorrectionOnlyOnceAndWithinSevenWorkingDays() {
        DisclosureRequest late = received();
        assertProblem(
                () -> late.requestCorrection(
                        List.of("文号"), day("2026-03-20"), 15, CALENDAR, OFFICER, day("2026-02-27"), NOW),
                409,
                "disclosure-correction-too-late");

        DisclosureRequest request = received();
        request.requestCorrection(
                List.of("请写明文件名称", "请写明年份"), day("2026-03-06"), 15, CALENDAR, OFFICER, day("2026-02-26"), NOW);
        assertThat(request.state()).isEqualTo(DisclosureState.AWAITING_CORRECTION);
        request.receiveCorrection(CORRECTED, null, day("2026-03-02"), OFFICER, day("2026-03-03"), NOW);
        assertThat(request.information()).isEqualTo(CORRECTED);
        assertProblem(
                () -> request.requestCorrection(
                        List.of("again"), day("2026-03-20"), 15, CALENDAR, OFFICER, day("2026-03-03"), NOW),
                409,
                "disclosure-correction-once");
    }

    @Test
    void lapsesOnlyAfterTheCorrectionDeadline() {
        DisclosureRequest request = received();
        request.requestCorrection(List.of("文号"), day("2026-03-06"), 15, CALENDAR, OFFICER, day("2026-02-11"), NOW);

        assertProblem(
                () -> request.lapse(CALENDAR, OFFICER, day("2026-03-06"), NOW),
                409,
                "disclosure-correction-still-open");
        request.lapse(CALENDAR, OFFICER, day("2026-03-09"), NOW);
        assertThat(request.state()).isEqualTo(DisclosureState.LAPSED);
        assertThat(request.outcome()).isEqualTo(DisclosureOutcome.OTHER_NO_CORRECTION);
        assertThat(request.closedOn()).isEqualTo("2026-03-09");
    }

    @Test
    void offLineDatesMayNeitherBeInTheFutureNorBeforeTheLastStep() {
        DisclosureRequest request = accepted();

        assertProblem(
                () -> request.consult("THIRD_PARTY", "某公司", day("2026-02-13"), OFFICER, day("2026-02-12"), NOW),
                400,
                "validation");
        assertProblem(
                () -> request.consult("THIRD_PARTY", "某公司", day("2026-02-09"), OFFICER, day("2026-02-12"), NOW),
                400,
                "validation");
        request.consult("THIRD_PARTY", "某公司", day("2026-02-11"), OFFICER, day("2026-02-12"), NOW);
        assertProblem(
                () -> request.receiveOpinion(
                        "CONSENTED", "", day("2026-02-10"), CALENDAR, OFFICER, day("2026-02-12"), NOW),
                400,
                "validation");
    }

    @Test
    void silenceIsRecordedOnlyAfterTheFifteenWorkingDays() {
        DisclosureRequest request = accepted();
        request.consult("THIRD_PARTY", "某公司", day("2026-02-11"), OFFICER, day("2026-02-11"), NOW);

        // 15 working days after 2/11 (make-up Saturdays 2/14 and 2/28 count) end on 3/10.
        assertProblem(
                () -> request.receiveOpinion(
                        "SILENT", null, day("2026-03-10"), CALENDAR, OFFICER, day("2026-03-10"), NOW),
                409,
                "disclosure-consultation-still-open");
        request.receiveOpinion("SILENT", null, day("2026-03-11"), CALENDAR, OFFICER, day("2026-03-11"), NOW);
        assertThat(request.state()).isEqualTo(DisclosureState.IN_PROGRESS);
    }

    @Test
    void anExtensionNeedsAnotherPersonsApprovalBeforeTheFirstDeadline() {
        DisclosureRequest request = accepted();
        request.requestExtension(20, "需调取档案", CALENDAR, HEAD, day("2026-03-10"), NOW);

        assertProblem(
                () -> request.requestExtension(10, "again", CALENDAR, OFFICER, day("2026-03-10"), NOW),
                409,
                "disclosure-extension-once");
        assertProblem(
                () -> request.approveExtension(CALENDAR, HEAD, day("2026-03-10"), NOW),
                403,
                "disclosure-extension-own-request");
        Actor otherHead = new Actor("head2", "OGI_OFFICE_HEAD");
        assertProblem(
                () -> request.approveExtension(CALENDAR, otherHead, day("2026-03-17"), NOW),
                409,
                "disclosure-extension-too-late");
        assertProblem(
                () -> request.reply(disclosed(), List.of(), REMEDIES, OFFICER, day("2026-03-12"), NOW),
                409,
                "disclosure-extension-pending");

        request.approveExtension(CALENDAR, otherHead, day("2026-03-16"), NOW);
        assertThat(request.deadline(CALENDAR, day("2026-03-16")).dueOn()).isEqualTo("2026-04-14");
        assertThat(request.extensionPending()).isFalse();
    }

    @Test
    void aFeeNoticeNeedsSomethingToChargeAndClosesWhenUnpaid() {
        DisclosureRequest request = accepted();
        assertProblem(
                () -> request.notifyFee(
                        InformationProcessingFee.Method.PER_PAGE,
                        30,
                        0,
                        "页数",
                        day("2026-03-20"),
                        20,
                        CALENDAR,
                        OFFICER,
                        day("2026-02-12"),
                        NOW),
                409,
                "disclosure-fee-nothing-to-charge");

        request.notifyFee(
                InformationProcessingFee.Method.PER_PAGE,
                150,
                1700,
                "页数较多",
                day("2026-03-13"),
                20,
                CALENDAR,
                OFFICER,
                day("2026-02-12"),
                NOW);
        assertThat(request.state()).isEqualTo(DisclosureState.AWAITING_FEE);
        assertProblem(() -> request.closeUnpaid(OFFICER, day("2026-03-13"), NOW), 409, "disclosure-fee-still-open");
        request.closeUnpaid(OFFICER, day("2026-03-16"), NOW);
        assertThat(request.outcome()).isEqualTo(DisclosureOutcome.OTHER_FEE_UNPAID);
    }

    @Test
    void aReplyClosesTheRequestWithItsOutcome() {
        DisclosureRequest request = accepted();
        request.reply(
                new DisclosureRequest.Reply(
                        DisclosureOutcome.PARTLY_DISCLOSED, "《条例》第三十七条", "涉及个人隐私", "第3页身份证号码", null, null, null, null),
                List.of("doc-1"),
                REMEDIES,
                OFFICER,
                day("2026-03-02"),
                NOW);

        assertThat(request.state()).isEqualTo(DisclosureState.ANSWERED);
        assertThat(request.reply().outcome()).isEqualTo(DisclosureOutcome.PARTLY_DISCLOSED);
        assertThat(request.reply().withheldParts()).isEqualTo("第3页身份证号码");
        assertThat(request.remedyBodies()).isEqualTo(REMEDIES);
        assertProblem(
                () -> request.withdraw(null, OFFICER, day("2026-03-03"), NOW), 409, "disclosure-illegal-transition");
    }

    @ParameterizedTest(name = "{0} working days")
    @ValueSource(ints = {0, 21, 40, -1})
    void refusesAnExtensionBeyondTwentyWorkingDaysWhoeverAsks(int workingDays) {
        DisclosureRequest request = accepted();

        assertThatThrownBy(
                        () -> request.requestExtension(workingDays, "需调取档案", CALENDAR, OFFICER, day("2026-03-02"), NOW))
                .isInstanceOfSatisfying(PortalException.class, problem -> {
                    assertThat(problem.getStatusCode().value()).isEqualTo(400);
                    assertThat(problem.fieldProblems())
                            .extracting(PortalException.FieldProblem::field)
                            .containsExactly("workingDays");
                });
        assertThat(request.extensionPending()).isFalse();
    }

    /** Arts. 36–39, whoever replies: each outcome with what it must state, and what is missing otherwise. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // outcome                  | legal basis | explanation | withheld | access       | repeat of |
                // documents | missing
                "DISCLOSED                  | -           | -           | -        | -            | -         | 0         | documents",
                "DISCLOSED                  | -           | -           | -        | 到服务中心领取 | -         | 0         | -",
                "DISCLOSED                  | -           | -           | -        | -            | -         | 1         | -",
                "PARTLY_DISCLOSED           | -           | 涉及隐私     | -        | -            | -         | 1         | withheldParts",
                "PARTLY_DISCLOSED           | -           | -           | 第3页    | -            | -         | 0         | explanation documents",
                "PARTLY_DISCLOSED           | -           | 涉及隐私     | 第3页    | 邮寄          | -         | 0         | -",
                "WITHHELD_STATE_SECRET      | -           | -           | -        | -            | -         | 0         | explanation",
                "WITHHELD_STATE_SECRET      | -           | 属于国家秘密  | -        | -            | -         | 0         | -",
                "NOT_PROCESSED_CONFIRMATION | -           | 要求确认      | -        | -            | -         | 0         | legalBasis",
                "NOT_PROCESSED_CONFIRMATION | 依据某条      | 要求确认      | -        | -            | -         | 0         | -",
                "NOT_PROCESSED_REPEATED     | -           | 重复         | -        | -            | -         | 0         | repeatOf",
                "OTHER_NO_CORRECTION        | -           | 其他         | -        | -            | -         | 0         | outcome",
            })
    void aReplyStatesWhatItsOutcomeRequires(
            DisclosureOutcome outcome,
            String legalBasis,
            String explanation,
            String withheldParts,
            String accessArrangements,
            String repeatOf,
            int documents,
            String missing) {
        var reply = new DisclosureRequest.Reply(
                outcome, legalBasis, explanation, withheldParts, null, null, accessArrangements, repeatOf);
        List<String> released = documents == 0 ? List.of() : List.of("doc-1");
        DisclosureRequest request = accepted();

        if (missing == null) {
            request.reply(reply, released, REMEDIES, OFFICER, day("2026-03-02"), NOW);
            assertThat(request.reply().outcome()).isEqualTo(outcome);
            assertThat(request.reply().legalBasis()).isNotBlank();
        } else {
            assertThatThrownBy(() -> request.reply(reply, released, REMEDIES, OFFICER, day("2026-03-02"), NOW))
                    .isInstanceOfSatisfying(PortalException.class, problem -> {
                        assertThat(problem.getStatusCode().value()).isEqualTo(400);
                        assertThat(problem.fieldProblems())
                                .extracting(PortalException.FieldProblem::field)
                                .containsExactly(missing.split(" "));
                    });
            assertThat(request.state()).isEqualTo(DisclosureState.IN_PROGRESS);
        }
    }

    private static DisclosureRequest received() {
        return DisclosureRequest.receive(
                UUID.randomUUID(),
                "340600-2026-00001",
                UUID.randomUUID(),
                DisclosureRequest.ReceiptChannel.ONLINE,
                UUID.randomUUID(),
                null,
                RECEIVED,
                null,
                CALENDAR,
                new Actor("citizen", "CITIZEN"),
                NOW);
    }

    private static DisclosureRequest accepted() {
        DisclosureRequest request = received();
        request.accept(OFFICER, RECEIVED, NOW);
        return request;
    }

    private static DisclosureRequest.Reply disclosed() {
        return new DisclosureRequest.Reply(
                DisclosureOutcome.DISCLOSED, "basis", null, null, null, null, "工作日到政务服务中心领取", null);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static void assertProblem(ThrowingCallable action, int status, String slug) {
        assertThatThrownBy(action).isInstanceOfSatisfying(PortalException.class, problem -> {
            assertThat(problem.getStatusCode().value()).isEqualTo(status);
            assertThat(problem.slug()).isEqualTo(slug);
        });
    }
}
