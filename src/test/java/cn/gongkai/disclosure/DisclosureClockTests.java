package cn.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.shared.CalendarFixture;
import cn.gongkai.shared.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reply deadline across Spring Festival, National Day and the make-up working weekends of 2025 and 2026.
 * Every expected day was counted by hand on the official notices (DOMAIN.md §5), not with the calendar code.
 */
class DisclosureClockTests {

    private final WorkingDayCalendar calendar = CalendarFixture.calendar();

    @ParameterizedTest(name = "received {0}: reply due {1}")
    @CsvSource({
        // Spring Festival 2026, with make-up Saturdays 2/14 and 2/28.
        "2026-02-10, 2026-03-16",
        // Mid-Autumn and National Day 2026, with make-up Sunday 9/20 and Saturday 10/10.
        "2026-09-18, 2026-10-22",
        // Spring Festival 2025, with make-up Sunday 1/26 and Saturday 2/8.
        "2025-01-24, 2025-02-27",
        // National Day 2025, with make-up Sunday 9/28 and Saturday 10/11.
        "2025-09-26, 2025-10-30",
        // Across the year end: New Year 2026 and make-up Sunday 1/4.
        "2025-12-15, 2026-01-13",
        // Received on a make-up Saturday: it is a working day like any other.
        "2026-02-14, 2026-03-20",
        // Received on the last working day before a holiday.
        "2026-09-30, 2026-11-03",
    })
    void repliesWithinTwentyWorkingDaysFromTheDayAfterReceipt(LocalDate receivedOn, LocalDate dueOn) {
        var deadline = DisclosureClock.deadline(calendar, timeline(received(receivedOn)), receivedOn);

        assertThat(deadline.dueOn()).isEqualTo(dueOn);
        assertThat(deadline.firstDueOn()).isEqualTo(dueOn);
        assertThat(deadline.paused()).isFalse();
        assertThat(deadline.workingDaysLeft(calendar, receivedOn)).isEqualTo(20);
        assertThat(deadline.workingDaysLeft(calendar, dueOn)).isZero();
        assertThat(deadline.isOverdue(dueOn)).isFalse();
        assertThat(deadline.isOverdue(dueOn.plusDays(1))).isTrue();
    }

    @ParameterizedTest(name = "received {0}: a correction may be asked until {1}")
    @CsvSource({
        "2026-02-10, 2026-02-26",
        "2025-09-26, 2025-10-13",
        "2025-12-29, 2026-01-08",
    })
    void correctionNoticeWithinSevenWorkingDays(LocalDate receivedOn, LocalDate lastDay) {
        var deadline = DisclosureClock.deadline(calendar, timeline(received(receivedOn)), receivedOn);

        assertThat(deadline.correctionNoticeDueOn()).isEqualTo(lastDay);
    }

    @Test
    void waitingForACorrectionStopsTheClock() {
        var deadline = DisclosureClock.deadline(
                calendar,
                timeline(
                        received(LocalDate.parse("2026-02-10")),
                        event(DisclosureEventType.CORRECTION_REQUESTED, "2026-02-12", Map.of("dueOn", "2026-03-06"))),
                LocalDate.parse("2026-03-01"));

        assertThat(deadline.dueOn()).isNull();
        assertThat(deadline.correctionDueOn()).isEqualTo("2026-03-06");
        assertThat(deadline.steps()).hasSize(2);
    }

    @Test
    void theCorrectionRestartsTheFullPeriodFromItsArrival() {
        var deadline = DisclosureClock.deadline(
                calendar,
                timeline(
                        received(LocalDate.parse("2026-02-10")),
                        event(DisclosureEventType.CORRECTION_REQUESTED, "2026-02-12", Map.of("dueOn", "2026-03-06")),
                        event(DisclosureEventType.CORRECTION_RECEIVED, "2026-03-02", Map.of())),
                LocalDate.parse("2026-03-02"));

        assertThat(deadline.clockStartedOn()).isEqualTo("2026-03-02");
        assertThat(deadline.dueOn()).isEqualTo("2026-03-30");
        assertThat(deadline.correctionDueOn()).isNull();
        assertThat(deadline.steps().get(2)).isEqualTo(new DisclosureClock.Restarted(LocalDate.parse("2026-03-02")));
    }

    @Test
    void consultationDaysAreNotCountedAcrossNationalDay() {
        // Sent Tuesday 9/22, answered Friday 10/9: 9/23, 9/24, 9/28, 9/29, 9/30, 10/8 and 10/9 are not counted.
        var deadline = DisclosureClock.deadline(
                calendar,
                timeline(
                        received(LocalDate.parse("2026-09-18")),
                        event(DisclosureEventType.ACCEPTED, "2026-09-18", Map.of()),
                        event(DisclosureEventType.CONSULTATION_SENT, "2026-09-22", Map.of()),
                        event(DisclosureEventType.OPINION_RECEIVED, "2026-10-09", Map.of("silent", "false"))),
                LocalDate.parse("2026-10-09"));

        assertThat(deadline.dueOn()).isEqualTo("2026-11-02");
        assertThat(deadline.steps())
                .contains(new DisclosureClock.Paused(
                        DisclosureClock.PauseReason.CONSULTATION,
                        LocalDate.parse("2026-09-22"),
                        LocalDate.parse("2026-10-09"),
                        7));
    }

    @Test
    void aSilentThirdPartyPausesTheClockForFifteenWorkingDaysAtMost() {
        // The 15th working day after 9/22 is 10/20 (make-up Saturday 10/10 counts); recorded late on 10/26.
        var deadline = DisclosureClock.deadline(
                calendar,
                timeline(
                        received(LocalDate.parse("2026-09-18")),
                        event(DisclosureEventType.CONSULTATION_SENT, "2026-09-22", Map.of()),
                        event(DisclosureEventType.OPINION_RECEIVED, "2026-10-26", Map.of("silent", "true"))),
                LocalDate.parse("2026-10-26"));

        assertThat(deadline.steps())
                .contains(new DisclosureClock.Paused(
                        DisclosureClock.PauseReason.CONSULTATION,
                        LocalDate.parse("2026-09-22"),
                        LocalDate.parse("2026-10-20"),
                        15));
        assertThat(deadline.dueOn()).isEqualTo("2026-11-12");
    }

    @Test
    void anApprovedExtensionAddsItsWorkingDaysAcrossQingming() {
        var deadline = DisclosureClock.deadline(
                calendar,
                timeline(
                        received(LocalDate.parse("2026-02-10")),
                        event(DisclosureEventType.EXTENSION_REQUESTED, "2026-03-10", Map.of("workingDays", "20")),
                        event(DisclosureEventType.EXTENSION_APPROVED, "2026-03-11", Map.of("workingDays", "20"))),
                LocalDate.parse("2026-03-11"));

        assertThat(deadline.firstDueOn()).isEqualTo("2026-03-16");
        assertThat(deadline.dueOn()).isEqualTo("2026-04-14");
    }

    @Test
    void anUnpaidFeeKeepsTheClockPausedUpToToday() {
        var deadline = DisclosureClock.deadline(
                calendar,
                timeline(
                        received(LocalDate.parse("2025-12-15")),
                        event(DisclosureEventType.FEE_NOTIFIED, "2026-01-05", Map.of("dueOn", "2026-02-02"))),
                LocalDate.parse("2026-01-09"));

        assertThat(deadline.paused()).isTrue();
        assertThat(deadline.isRunning()).isFalse();
        assertThat(deadline.steps().get(1))
                .isEqualTo(new DisclosureClock.Paused(
                        DisclosureClock.PauseReason.FEE, LocalDate.parse("2026-01-05"), null, 4));
        assertThat(deadline.dueOn()).isEqualTo("2026-01-19");
    }

    @Test
    void aPaymentOnTheDayOfTheNoticePausesNothing() {
        var deadline = DisclosureClock.deadline(
                calendar,
                timeline(
                        received(LocalDate.parse("2025-12-15")),
                        event(DisclosureEventType.FEE_NOTIFIED, "2026-01-05", Map.of()),
                        event(DisclosureEventType.FEE_PAID, "2026-01-05", Map.of())),
                LocalDate.parse("2026-01-09"));

        assertThat(deadline.dueOn()).isEqualTo("2026-01-13");
    }

    @Test
    void anOnLineApplicationConfirmedOnAHolidayIsExplainedWithBothDays() {
        DisclosureEvent received = new DisclosureEvent(
                1,
                DisclosureEventType.RECEIVED,
                LocalDate.parse("2026-02-24"),
                Instant.EPOCH,
                "citizen",
                "CITIZEN",
                Map.of("confirmedOn", "2026-02-15"));
        var deadline = DisclosureClock.deadline(calendar, List.of(received), LocalDate.parse("2026-02-24"));

        assertThat(deadline.steps().get(0))
                .isEqualTo(new DisclosureClock.Received(LocalDate.parse("2026-02-24"), LocalDate.parse("2026-02-15")));
        assertThat(deadline.dueOn()).isEqualTo("2026-03-23");
    }

    @Test
    void aDeadlineReachingIntoAYearNotEnteredIsProvisionalAndEveryDateIsGiven() {
        // 12 working days left in December 2026; 2027 estimated: 1 January off (a Friday), then 4 to 13 January.
        var deadline = DisclosureClock.deadline(
                calendar, timeline(received(LocalDate.parse("2026-12-15"))), LocalDate.parse("2026-12-15"));

        assertThat(deadline.dueOn()).isEqualTo("2027-01-13");
        assertThat(deadline.firstDueOn()).isEqualTo("2027-01-13");
        assertThat(deadline.correctionNoticeDueOn()).isEqualTo("2026-12-24");
        assertThat(deadline.provisionalYear()).isEqualTo(2027);
        assertThat(deadline.isProvisional(deadline.dueOn())).isTrue();
        assertThat(deadline.isProvisional(deadline.correctionNoticeDueOn())).isFalse();
        assertThat(deadline.isRunning()).isTrue();
    }

    @Test
    void aDeadlineWithinTheYearsEnteredIsFinal() {
        var deadline = DisclosureClock.deadline(
                calendar, timeline(received(LocalDate.parse("2026-11-02"))), LocalDate.parse("2026-11-02"));

        assertThat(deadline.dueOn()).isEqualTo("2026-11-30");
        assertThat(deadline.provisionalYear()).isNull();
    }

    @Test
    void aRequestReceivedBeforeTheFirstYearEnteredHasAnUnknownDeadlineNotAGuess() {
        var timeline = timeline(received(LocalDate.parse("2024-12-16")));

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> DisclosureClock.deadline(calendar, timeline, LocalDate.parse("2025-01-06")))
                .isInstanceOf(cn.gongkai.shared.CalendarYearMissingException.class);
        var shown = DisclosureClock.deadlineOrUnknown(calendar, timeline, LocalDate.parse("2025-01-06"));
        assertThat(shown.unknownYear()).isEqualTo(2024);
        assertThat(shown.dueOn()).isNull();
        assertThat(shown.isRunning()).isFalse();
        assertThat(shown.receivedOn()).isEqualTo("2024-12-16");
    }

    private static DisclosureEvent received(LocalDate on) {
        return new DisclosureEvent(1, DisclosureEventType.RECEIVED, on, Instant.EPOCH, "citizen", "CITIZEN", Map.of());
    }

    private static DisclosureEvent event(DisclosureEventType type, String on, Map<String, String> details) {
        return new DisclosureEvent(
                0, type, LocalDate.parse(on), Instant.EPOCH, "officer", "DISCLOSURE_OFFICER", details);
    }

    private static List<DisclosureEvent> timeline(DisclosureEvent... events) {
        List<DisclosureEvent> numbered = new ArrayList<>();
        for (DisclosureEvent event : events) {
            numbered.add(new DisclosureEvent(
                    numbered.size() + 1,
                    event.type(),
                    event.occurredOn(),
                    event.recordedAt(),
                    event.actor(),
                    event.actorRole(),
                    event.details()));
        }
        return numbered;
    }
}
