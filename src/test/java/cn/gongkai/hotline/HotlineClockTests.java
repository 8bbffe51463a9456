package cn.gongkai.hotline;

import static cn.gongkai.hotline.HotlineTicketTests.ASSISTING;
import static cn.gongkai.hotline.HotlineTicketTests.CLOCK;
import static cn.gongkai.hotline.HotlineTicketTests.DISPATCHER;
import static cn.gongkai.hotline.HotlineTicketTests.HANDLER;
import static cn.gongkai.hotline.HotlineTicketTests.LEAD;
import static cn.gongkai.hotline.HotlineTicketTests.SUBMITTER;
import static cn.gongkai.hotline.HotlineTicketTests.beijing;
import static cn.gongkai.hotline.HotlineTicketTests.received;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.hotline.HotlineClock.Deadlines;
import cn.gongkai.platform.TimeConfiguration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The time limits of tickets across the 2026 Spring Festival (2/15–2/23 off, Saturdays 2/14 and 2/28 worked) and
 * National Day (9/25–9/27 and 10/1–10/7 off, Sunday 9/20 and Saturday 10/10 worked). Every expected day was counted
 * by hand on the notice (DOMAIN.md §5), not with the calendar code.
 */
class HotlineClockTests {

    private static final ZoneId ZONE = TimeConfiguration.CHINA;

    @ParameterizedTest(name = "{0} dispatched {1}: accept by {2}, reply by {3}")
    @CsvSource({
        // Thursday before Spring Festival: Friday 2/13, make-up Saturday 2/14, then 2/24 onwards.
        "ENQUIRY,    2026-02-12T10:00, 2026-02-13, 2026-02-14",
        "HELP,       2026-02-12T10:00, 2026-02-13, 2026-02-26",
        "COMPLAINT,  2026-02-12T10:00, 2026-02-13, 2026-03-11",
        "REPORT,     2026-02-12T10:00, 2026-02-13, 2026-03-11",
        "SUGGESTION, 2026-02-12T10:00, 2026-02-13, 2026-03-11",
        // The last day before the holiday is the make-up Saturday.
        "ENQUIRY,    2026-02-13T16:00, 2026-02-14, 2026-02-24",
        "HELP,       2026-02-13T16:00, 2026-02-14, 2026-02-27",
        "COMPLAINT,  2026-02-13T16:00, 2026-02-14, 2026-03-12",
        // Dispatched on the make-up Saturday itself: the next working day is after the holiday.
        "ENQUIRY,    2026-02-14T09:00, 2026-02-24, 2026-02-25",
        "HELP,       2026-02-14T09:00, 2026-02-24, 2026-02-28",
        "SUGGESTION, 2026-02-14T09:00, 2026-02-24, 2026-03-13",
        // Dispatched during the holiday: counted as from that day.
        "ENQUIRY,    2026-02-17T11:00, 2026-02-24, 2026-02-25",
        "REPORT,     2026-02-17T11:00, 2026-02-24, 2026-03-13",
        // Friday before Mid-Autumn and National Day: make-up Sunday 9/20 is the next working day.
        "ENQUIRY,    2026-09-18T10:00, 2026-09-20, 2026-09-21",
        "HELP,       2026-09-18T10:00, 2026-09-20, 2026-09-24",
        "COMPLAINT,  2026-09-18T10:00, 2026-09-20, 2026-10-15",
        // The last working day before National Day: 10/8, 10/9, make-up Saturday 10/10, 10/12...
        "ENQUIRY,    2026-09-30T17:00, 2026-10-08, 2026-10-09",
        "HELP,       2026-09-30T17:00, 2026-10-08, 2026-10-13",
        "REPORT,     2026-09-30T17:00, 2026-10-08, 2026-10-27",
        "SUGGESTION, 2026-09-30T17:00, 2026-10-08, 2026-10-27",
    })
    void countsEachTypesLimitInWorkingDaysFromTheDayAfterDispatch(
            HotlineType type, String dispatchedAt, LocalDate acceptBy, LocalDate replyBy) {
        HotlineTicket ticket = dispatched(type, beijing(dispatchedAt), false);

        Deadlines deadlines = ticket.deadlines(CLOCK, beijing(dispatchedAt));

        assertThat(deadlines.acceptance().on()).isEqualTo(acceptBy);
        assertThat(deadlines.acceptance().at()).isNull();
        assertThat(deadlines.reply().on()).isEqualTo(replyBy);
        assertThat(deadlines.provisionalYear()).isNull();
        assertThat(deadlines
                        .reply()
                        .isOverdue(replyBy.atTime(23, 59).atZone(ZONE).toInstant()))
                .isFalse();
        assertThat(deadlines
                        .reply()
                        .isOverdue(replyBy.plusDays(1).atStartOfDay(ZONE).toInstant()))
                .isTrue();
    }

    @Test
    void theReplyCountsFromTheDispatchNotFromALateAcceptance() {
        HotlineTicket ticket = dispatched(HotlineType.ENQUIRY, beijing("2026-02-12T10:00"), false);
        ticket.accept(HANDLER, beijing("2026-02-24T09:00"));

        Deadlines deadlines = ticket.deadlines(CLOCK, beijing("2026-02-24T09:00"));

        assertThat(deadlines.reply().on()).isEqualTo("2026-02-14");
        assertThat(deadlines.overdue()).isTrue();
    }

    @Test
    void aRedispatchStartsTheLimitsAgain() {
        HotlineTicket ticket = dispatched(HotlineType.HELP, beijing("2026-09-18T10:00"), false);
        ticket.returnTicket("不属于本单位职责", HANDLER, beijing("2026-09-20T10:00"), CLOCK);

        Deadlines returned = ticket.deadlines(CLOCK, beijing("2026-09-30T10:00"));
        assertThat(returned.acceptance()).isNull();
        assertThat(returned.reply()).isNull();
        assertThat(returned.overdue()).isFalse();
        assertThat(returned.atRisk()).isFalse();

        ticket.dispatch(ASSISTING, List.of(), false, DISPATCHER, beijing("2026-09-30T10:00"));
        Deadlines redispatched = ticket.deadlines(CLOCK, beijing("2026-09-30T10:00"));
        assertThat(redispatched.acceptance().on()).isEqualTo("2026-10-08");
        assertThat(redispatched.reply().on()).isEqualTo("2026-10-13");
    }

    // --- Urgent tickets ---------------------------------------------------------------------------

    @ParameterizedTest(name = "urgent, dispatched {0}, at {1}: overdue {2}, at risk {3}")
    @CsvSource({
        "2026-02-16T22:30, 2026-02-16T22:31, false, false",
        "2026-02-16T22:30, 2026-02-16T23:59, false, false",
        "2026-02-16T22:30, 2026-02-17T00:00, false, true",
        "2026-02-16T22:30, 2026-02-17T00:30, false, true",
        "2026-02-16T22:30, 2026-02-17T00:31, true, false",
        "2026-10-09T15:00, 2026-10-09T16:59, false, true",
        "2026-10-09T15:00, 2026-10-09T17:01, true, false",
    })
    void anUrgentTicketIsDueTwoHoursAfterDispatchHolidayOrNot(
            String dispatchedAt, String now, boolean overdue, boolean atRisk) {
        HotlineTicket ticket = dispatched(HotlineType.HELP, beijing(dispatchedAt), true);
        Instant due = beijing(dispatchedAt).plusSeconds(2 * 3600);

        Deadlines deadlines = ticket.deadlines(CLOCK, beijing(now));

        assertThat(deadlines.acceptance().at()).isEqualTo(due);
        assertThat(deadlines.reply().at()).isEqualTo(due);
        assertThat(deadlines.reply().on()).isEqualTo(LocalDate.ofInstant(due, ZONE));
        assertThat(deadlines.overdue()).isEqualTo(overdue);
        assertThat(deadlines.atRisk()).isEqualTo(atRisk);
        assertThat(deadlines.provisionalYear()).isNull();
    }

    @Test
    void theUrgentHoursAreASetting() {
        HotlineClock fourHours = new HotlineClock(CLOCK.calendar(), new HotlineTimeLimits(Map.of(), 1, 1, 4, 7, 1, 30));
        HotlineTicket ticket = dispatched(HotlineType.COMPLAINT, beijing("2026-03-05T09:00"), true);

        assertThat(ticket.deadlines(fourHours, beijing("2026-03-05T09:00"))
                        .reply()
                        .at())
                .isEqualTo(beijing("2026-03-05T13:00"));
    }

    // --- Overdue and at risk ----------------------------------------------------------------------

    @ParameterizedTest(name = "help dispatched Thursday 3/5, accepted, on {0}: overdue {1}, at risk {2}")
    @CsvSource({
        // Due Thursday 3/12: 3/6, 3/9, 3/10, 3/11, 3/12.
        "2026-03-10T09:00, false, false",
        "2026-03-11T09:00, false, true",
        "2026-03-12T23:59, false, true",
        "2026-03-13T00:00, true, false",
        "2026-03-16T09:00, true, false",
    })
    void theReplyIsAtRiskOnItsLastTwoWorkingDaysAndOverdueAfter(String now, boolean overdue, boolean atRisk) {
        HotlineTicket ticket = dispatched(HotlineType.HELP, beijing("2026-03-05T09:00"), false);
        ticket.accept(HANDLER, beijing("2026-03-05T10:00"));

        Deadlines deadlines = ticket.deadlines(CLOCK, beijing(now));

        assertThat(deadlines.reply().on()).isEqualTo("2026-03-12");
        assertThat(deadlines.overdue()).isEqualTo(overdue);
        assertThat(deadlines.atRisk()).isEqualTo(atRisk);
    }

    @ParameterizedTest(name = "dispatched Thursday 3/5, not accepted, on {0}: overdue {1}, at risk {2}")
    @CsvSource({
        "2026-03-05T09:00, false, true",
        "2026-03-06T23:59, false, true",
        "2026-03-07T00:00, true, false",
    })
    void anUnacceptedTicketIsOverdueTheDayAfterItsAcceptanceDay(String now, boolean overdue, boolean atRisk) {
        HotlineTicket ticket = dispatched(HotlineType.COMPLAINT, beijing("2026-03-05T09:00"), false);

        Deadlines deadlines = ticket.deadlines(CLOCK, beijing(now));

        assertThat(deadlines.acceptance().on()).isEqualTo("2026-03-06");
        assertThat(deadlines.overdue()).isEqualTo(overdue);
        assertThat(deadlines.atRisk()).isEqualTo(atRisk);
    }

    @Test
    void nothingIsOverdueWhileTheTicketAwaitsTheDispatcherThePersonOrIsClosed() {
        HotlineTicket ticket = received(HotlineType.ENQUIRY, beijing("2026-03-05T09:00"));
        Instant muchLater = beijing("2026-06-01T09:00");
        assertThat(ticket.deadlines(CLOCK, muchLater))
                .isEqualTo(new Deadlines(null, null, null, 0, false, false, null));

        ticket.dispatch(LEAD, List.of(), false, DISPATCHER, beijing("2026-03-05T09:10"));
        ticket.accept(HANDLER, beijing("2026-03-05T09:20"));
        ticket.reply("已答复", List.of(), HANDLER, beijing("2026-03-06T09:00"));
        Deadlines replied = ticket.deadlines(CLOCK, beijing("2026-03-13T09:00"));
        assertThat(replied.ratingDueOn()).isEqualTo("2026-03-13");
        assertThat(replied.overdue()).isFalse();

        ticket.closeUnrated(beijing("2026-03-14T00:00"), CLOCK);
        Deadlines closed = ticket.deadlines(CLOCK, muchLater);
        assertThat(closed.overdue()).isFalse();
        assertThat(closed.atRisk()).isFalse();
        assertThat(closed.ratingDueOn()).isNull();
        assertThat(closed.reply().on()).isEqualTo("2026-03-09");
    }

    // --- Extensions and reopening -----------------------------------------------------------------

    @Test
    void approvedExtensionsAddWorkingDaysAndDeclinedOnesNothing() {
        HotlineTicket ticket = dispatched(HotlineType.COMPLAINT, beijing("2026-02-12T10:00"), false);
        ticket.accept(HANDLER, beijing("2026-02-12T11:00"));
        assertThat(ticket.deadlines(CLOCK, beijing("2026-02-12T11:00")).reply().on())
                .isEqualTo("2026-03-11");

        ticket.requestExtension(5, "需现场核查", HANDLER, beijing("2026-03-02T10:00"));
        ticket.declineExtension("理由不充分", DISPATCHER, beijing("2026-03-02T11:00"));
        assertThat(ticket.deadlines(CLOCK, beijing("2026-03-02T11:00")).reply().on())
                .isEqualTo("2026-03-11");

        ticket.requestExtension(5, "需现场核查", HANDLER, beijing("2026-03-03T10:00"));
        assertThat(ticket.deadlines(CLOCK, beijing("2026-03-03T10:00")).reply().on())
                .isEqualTo("2026-03-11");
        ticket.approveExtension(DISPATCHER, beijing("2026-03-03T11:00"));
        Deadlines once = ticket.deadlines(CLOCK, beijing("2026-03-03T11:00"));
        assertThat(once.reply().on()).isEqualTo("2026-03-18");
        assertThat(once.extensionWorkingDays()).isEqualTo(5);

        ticket.requestExtension(10, "需多部门协调", HANDLER, beijing("2026-03-16T10:00"));
        ticket.approveExtension(DISPATCHER, beijing("2026-03-16T11:00"));
        // 30 working days after 2/12, before Qingming (4/4–4/6).
        assertThat(ticket.deadlines(CLOCK, beijing("2026-03-16T11:00")).reply().on())
                .isEqualTo("2026-04-01");
    }

    @Test
    void reopeningRestartsTheWholeLimitFromTheDayOfTheRating() {
        HotlineTicket ticket = dispatched(HotlineType.ENQUIRY, beijing("2026-09-18T10:00"), false);
        ticket.accept(HANDLER, beijing("2026-09-18T11:00"));
        ticket.requestExtension(3, "需查阅档案", HANDLER, beijing("2026-09-18T12:00"));
        ticket.approveExtension(DISPATCHER, beijing("2026-09-18T13:00"));
        ticket.reply("已答复", List.of(), HANDLER, beijing("2026-09-24T10:00"));
        ticket.rate(HotlineRating.UNSATISFIED, "没有解决", SUBMITTER, beijing("2026-09-30T20:00"), CLOCK);

        Deadlines reopened = ticket.deadlines(CLOCK, beijing("2026-10-08T09:00"));

        // Two working days after 9/30, across National Day; the earlier extension does not carry over.
        assertThat(reopened.reply().on()).isEqualTo("2026-10-09");
        assertThat(reopened.extensionWorkingDays()).isZero();
        assertThat(reopened.acceptance().on()).isEqualTo("2026-09-20");
        assertThat(reopened.overdue()).isFalse();
        assertThat(reopened.atRisk()).isTrue();
    }

    @Test
    void anUrgentTicketReopenedIsDueItsHoursAfterTheRating() {
        HotlineTicket ticket = dispatched(HotlineType.HELP, beijing("2026-10-01T08:00"), true);
        ticket.accept(HANDLER, beijing("2026-10-01T08:30"));
        ticket.reply("已处置", List.of(), HANDLER, beijing("2026-10-01T09:30"));
        ticket.rate(HotlineRating.UNSATISFIED, null, SUBMITTER, beijing("2026-10-02T12:00"), CLOCK);

        assertThat(ticket.deadlines(CLOCK, beijing("2026-10-02T12:00")).reply().at())
                .isEqualTo(beijing("2026-10-02T14:00"));
    }

    // --- Provisional dates ------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} dispatched {1}: reply by {2}, provisional {3}")
    @CsvSource({
        // 12/29, 12/30, 12/31, then 2027 estimated: 元旦 1/1 off, 1/4 onwards.
        "ENQUIRY,   2026-12-28T10:00, 2026-12-30, false",
        "HELP,      2026-12-28T10:00, 2027-01-05, true",
        "COMPLAINT, 2026-12-28T10:00, 2027-01-19, true",
        "ENQUIRY,   2026-12-31T10:00, 2027-01-05, true",
    })
    void aLimitInAYearNotEnteredIsProvisional(
            HotlineType type, String dispatchedAt, LocalDate replyBy, boolean provisional) {
        HotlineTicket ticket = dispatched(type, beijing(dispatchedAt), false);

        Deadlines deadlines = ticket.deadlines(CLOCK, beijing(dispatchedAt));

        assertThat(deadlines.reply().on()).isEqualTo(replyBy);
        assertThat(deadlines.provisionalYear()).isEqualTo(provisional ? 2027 : null);
        assertThat(deadlines.isProvisional(replyBy)).isEqualTo(provisional);
        assertThat(deadlines.isProvisional(LocalDate.parse("2026-12-30"))).isFalse();
    }

    @Test
    void anUrgentLimitIsCountedByTheClockAndNeverProvisional() {
        HotlineTicket ticket = dispatched(HotlineType.HELP, beijing("2026-12-31T23:00"), true);

        Deadlines deadlines = ticket.deadlines(CLOCK, beijing("2026-12-31T23:00"));

        assertThat(deadlines.reply().at()).isEqualTo(beijing("2027-01-01T01:00"));
        assertThat(deadlines.provisionalYear()).isNull();
    }

    @Test
    void theReturnWindowIsProvisionalInAYearNotEnteredButADecemberReturnIsStillDecided() {
        HotlineTicket ticket = dispatched(HotlineType.HELP, beijing("2026-12-31T10:00"), false);

        assertThat(CLOCK.returnDueOn(ticket.timeline())).isEqualTo("2027-01-04");
        ticket.returnTicket("不属于本单位职责", HANDLER, beijing("2026-12-31T16:00"), CLOCK);

        assertThat(ticket.state()).isEqualTo(HotlineState.RETURNED);
    }

    private static HotlineTicket dispatched(HotlineType type, Instant at, boolean urgent) {
        HotlineTicket ticket = received(type, at.minusSeconds(600));
        ticket.dispatch(LEAD, List.of(), urgent, DISPATCHER, at);
        return ticket;
    }
}
