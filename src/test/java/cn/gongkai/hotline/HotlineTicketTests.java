package cn.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.hotline.HotlineTicket.Actor;
import cn.gongkai.identity.Role;
import cn.gongkai.platform.ConflictException;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.TimeConfiguration;
import cn.gongkai.shared.CalendarFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules the ticket enforces: the state table, who may act, the return window, extensions, ratings. */
class HotlineTicketTests {

    static final HotlineClock CLOCK = new HotlineClock(CalendarFixture.calendar(), HotlineTimeLimits.defaults());
    static final UUID CENTRE = UUID.fromString("00000000-0000-0000-0000-000000012345");
    static final UUID LEAD = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID ASSISTING = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final Actor DISPATCHER = Actor.dispatcher("dispatcher", CENTRE);
    static final Actor HANDLER = Actor.handler("handler", LEAD);
    static final Actor SUBMITTER = Actor.person("citizen");
    static final String CATEGORY = "0301";
    /** A Thursday: 3/6 is a working Friday, 3/7–3/8 a weekend. */
    static final Instant START = beijing("2026-03-05T09:00");

    // --- The state table, through the aggregate -----------------------------------------------------

    static Stream<Arguments> everyActionInEveryState() {
        return Arrays.stream(HotlineAction.values())
                .flatMap(action -> Arrays.stream(HotlineState.values())
                        .map(state -> Arguments.of(
                                action,
                                state,
                                HotlineActionTests.ALLOWED.get(action).contains(state))));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @MethodSource("everyActionInEveryState")
    void takesEachStepOnlyInItsStatesAndRefusesEveryOtherWithAConflict(
            HotlineAction action, HotlineState state, boolean allowed) {
        HotlineTicket ticket = ticketIn(state);
        int before = ticket.timeline().size();

        if (allowed) {
            HotlineEvent event = perform(action, ticket);
            assertThat(event.seq()).isEqualTo(ticket.timeline().size());
            assertThat(ticket.timeline()).last().isEqualTo(event);
        } else {
            assertThatThrownBy(() -> perform(action, ticket))
                    .isInstanceOfSatisfying(ConflictException.class, problem -> {
                        assertThat(problem.getStatusCode().value()).isEqualTo(409);
                        assertThat(problem.slug()).isEqualTo("hotline-illegal-transition");
                    });
            assertThat(ticket.state()).isEqualTo(state);
            assertThat(ticket.timeline()).hasSize(before);
        }
    }

    @ParameterizedTest(name = "{0} leads from {1} to {2}")
    @CsvSource({
        "DISPATCH, RECEIVED, DISPATCHED",
        "DISPATCH, RETURNED, DISPATCHED",
        "ACCEPT, DISPATCHED, IN_PROGRESS",
        "RETURN, DISPATCHED, RETURNED",
        "REPLY, IN_PROGRESS, REPLIED",
        "REPLY, REOPENED, REPLIED",
        "REQUEST_EXTENSION, IN_PROGRESS, IN_PROGRESS",
        "APPROVE_EXTENSION, REOPENED, REOPENED",
        "DECLINE_EXTENSION, IN_PROGRESS, IN_PROGRESS",
        "RATE, REPLIED, CLOSED",
        "CLOSE_UNRATED, REPLIED, CLOSED",
        "MERGE, RECEIVED, MERGED",
        "ANSWER_FROM_KNOWLEDGE_BASE, RECEIVED, ANSWERED_BY_KNOWLEDGE_BASE",
    })
    void eachStepLeadsToItsState(HotlineAction action, HotlineState from, HotlineState to) {
        HotlineTicket ticket = ticketIn(from);

        perform(action, ticket);

        assertThat(ticket.state()).isEqualTo(to);
    }

    // --- Who may act ------------------------------------------------------------------------------

    static Stream<Arguments> actorsTheRuleDoesNotName() {
        Actor otherCentre = Actor.dispatcher("dispatcher", UUID.randomUUID());
        Actor assisting = Actor.handler("handler", ASSISTING);
        Actor leadAsDispatcher = new Actor("handler", Role.HOTLINE_DISPATCHER, LEAD);
        Actor otherPerson = Actor.person("someone-else");
        Actor submitterAsStaff = Actor.handler("citizen", LEAD);
        return Stream.of(
                Arguments.of(HotlineAction.DISPATCH, HotlineState.RECEIVED, HANDLER, "hotline-not-dispatcher"),
                Arguments.of(HotlineAction.DISPATCH, HotlineState.RECEIVED, otherCentre, "hotline-not-dispatcher"),
                Arguments.of(HotlineAction.DISPATCH, HotlineState.RETURNED, SUBMITTER, "hotline-not-dispatcher"),
                Arguments.of(HotlineAction.DISPATCH, HotlineState.RECEIVED, leadAsDispatcher, "hotline-not-dispatcher"),
                Arguments.of(HotlineAction.ACCEPT, HotlineState.DISPATCHED, assisting, "hotline-not-lead-department"),
                Arguments.of(HotlineAction.ACCEPT, HotlineState.DISPATCHED, DISPATCHER, "hotline-not-lead-department"),
                Arguments.of(HotlineAction.RETURN, HotlineState.DISPATCHED, assisting, "hotline-not-lead-department"),
                Arguments.of(HotlineAction.REPLY, HotlineState.IN_PROGRESS, assisting, "hotline-not-lead-department"),
                Arguments.of(HotlineAction.REPLY, HotlineState.REOPENED, SUBMITTER, "hotline-not-lead-department"),
                Arguments.of(
                        HotlineAction.REQUEST_EXTENSION,
                        HotlineState.IN_PROGRESS,
                        DISPATCHER,
                        "hotline-not-lead-department"),
                Arguments.of(
                        HotlineAction.APPROVE_EXTENSION, HotlineState.IN_PROGRESS, HANDLER, "hotline-not-dispatcher"),
                Arguments.of(
                        HotlineAction.DECLINE_EXTENSION,
                        HotlineState.IN_PROGRESS,
                        otherCentre,
                        "hotline-not-dispatcher"),
                Arguments.of(HotlineAction.RATE, HotlineState.REPLIED, DISPATCHER, "hotline-not-submitter"),
                Arguments.of(HotlineAction.RATE, HotlineState.REPLIED, HANDLER, "hotline-not-submitter"),
                Arguments.of(HotlineAction.RATE, HotlineState.REPLIED, otherPerson, "hotline-not-submitter"),
                Arguments.of(HotlineAction.RATE, HotlineState.REPLIED, submitterAsStaff, "hotline-not-submitter"),
                Arguments.of(HotlineAction.MERGE, HotlineState.RECEIVED, HANDLER, "hotline-not-dispatcher"),
                Arguments.of(HotlineAction.MERGE, HotlineState.RECEIVED, SUBMITTER, "hotline-not-dispatcher"),
                Arguments.of(
                        HotlineAction.ANSWER_FROM_KNOWLEDGE_BASE,
                        HotlineState.RECEIVED,
                        otherPerson,
                        "hotline-not-dispatcher"),
                Arguments.of(
                        HotlineAction.ANSWER_FROM_KNOWLEDGE_BASE,
                        HotlineState.RECEIVED,
                        HANDLER,
                        "hotline-not-dispatcher"));
    }

    @ParameterizedTest(name = "{0} in {1} by {2}: {3}")
    @MethodSource("actorsTheRuleDoesNotName")
    void refusesAnActorTheRuleDoesNotName(HotlineAction action, HotlineState state, Actor actor, String slug) {
        HotlineTicket ticket = ticketIn(state);
        if (action == HotlineAction.APPROVE_EXTENSION || action == HotlineAction.DECLINE_EXTENSION) {
            ticket.requestExtension(5, "需现场核查", HANDLER, after(ticket, 1));
        }
        int before = ticket.timeline().size();

        assertProblem(() -> perform(action, ticket, actor), 403, slug);
        assertThat(ticket.state()).isEqualTo(state);
        assertThat(ticket.timeline()).hasSize(before);
    }

    @Test
    void aStepInTheWrongStateIsAConflictWhoeverTakesIt() {
        HotlineTicket closed = ticketIn(HotlineState.CLOSED);

        assertProblem(
                () -> closed.reply("再次答复", List.of(), Actor.handler("x", ASSISTING), after(closed, 1)),
                409,
                "hotline-illegal-transition");
    }

    @Test
    void onlyTheCentreOrThePersonTakesATicketIn() {
        assertProblem(
                () -> HotlineTicket.receive(
                        UUID.randomUUID(), "12345-1", HotlineType.HELP, CATEGORY, CENTRE, "citizen", HANDLER, START),
                403,
                "hotline-not-dispatcher");
        HotlineTicket online = HotlineTicket.receive(
                UUID.randomUUID(), "12345-2", HotlineType.HELP, CATEGORY, CENTRE, "citizen", SUBMITTER, START);
        assertThat(online.timeline()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(HotlineEventType.RECEIVED);
            assertThat(event.occurredOn()).isEqualTo("2026-03-05");
            assertThat(event.actorRole()).isNull();
        });
        assertThat(online.newEvents()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aTicketNeedsACategoryAndASubmitter(String blank) {
        assertInvalid(
                () -> HotlineTicket.receive(
                        UUID.randomUUID(), "12345-3", HotlineType.HELP, blank, CENTRE, "citizen", DISPATCHER, START),
                "categoryCode");
        assertInvalid(
                () -> HotlineTicket.receive(
                        UUID.randomUUID(), "12345-3", HotlineType.HELP, CATEGORY, CENTRE, blank, DISPATCHER, START),
                "submitter");
    }

    // --- Dispatch and re-dispatch -----------------------------------------------------------------

    @Test
    void dispatchesToALeadAndAssistingDepartments() {
        HotlineTicket ticket = ticketIn(HotlineState.RECEIVED);

        HotlineEvent event = ticket.dispatch(LEAD, List.of(ASSISTING), true, DISPATCHER, after(ticket, 1));

        assertThat(event.type()).isEqualTo(HotlineEventType.DISPATCHED);
        assertThat(event.actorRole()).isEqualTo("HOTLINE_DISPATCHER");
        assertThat(event.actorAgencyId()).isEqualTo(CENTRE);
        assertThat(event.details())
                .containsEntry("lead", LEAD.toString())
                .containsEntry("assisting", ASSISTING.toString())
                .containsEntry("urgent", "true");
        assertThat(ticket.leadDepartmentId()).isEqualTo(LEAD);
        assertThat(ticket.assistingDepartmentIds()).containsExactly(ASSISTING);
        assertThat(ticket.urgent()).isTrue();
    }

    @Test
    void refusesALeadThatAlsoAssistsOrADepartmentTwice() {
        HotlineTicket ticket = ticketIn(HotlineState.RECEIVED);

        assertInvalid(
                () -> ticket.dispatch(LEAD, List.of(LEAD), false, DISPATCHER, after(ticket, 1)),
                "assistingDepartmentIds");
        assertInvalid(
                () -> ticket.dispatch(LEAD, List.of(ASSISTING, ASSISTING), false, DISPATCHER, after(ticket, 1)),
                "assistingDepartmentIds");
        assertInvalid(() -> ticket.dispatch(null, List.of(), false, DISPATCHER, after(ticket, 1)), "leadDepartmentId");
        assertThat(ticket.state()).isEqualTo(HotlineState.RECEIVED);
    }

    @Test
    void aReturnedTicketIsRedispatchedEvenToTheDepartmentThatReturnedIt() {
        HotlineTicket ticket = ticketIn(HotlineState.RETURNED);
        assertThat(ticket.timeline()).last().satisfies(event -> {
            assertThat(event.type()).isEqualTo(HotlineEventType.RETURNED);
            assertThat(event.detail("department")).isEqualTo(LEAD.toString());
        });

        HotlineEvent again = ticket.dispatch(LEAD, List.of(), false, DISPATCHER, after(ticket, 1));
        assertThat(again.type()).isEqualTo(HotlineEventType.REDISPATCHED);
        ticket.returnTicket("仍不属于本单位职责", HANDLER, after(ticket, 1), CLOCK);

        HotlineEvent elsewhere = ticket.dispatch(ASSISTING, List.of(LEAD), false, DISPATCHER, after(ticket, 1));
        assertThat(elsewhere.type()).isEqualTo(HotlineEventType.REDISPATCHED);
        assertThat(ticket.leadDepartmentId()).isEqualTo(ASSISTING);
        assertProblem(() -> ticket.accept(HANDLER, after(ticket, 1)), 403, "hotline-not-lead-department");
        ticket.accept(Actor.handler("other-handler", ASSISTING), after(ticket, 1));
        assertThat(ticket.state()).isEqualTo(HotlineState.IN_PROGRESS);
    }

    // --- The return window ------------------------------------------------------------------------

    @ParameterizedTest(name = "dispatched {0}, returned {1}: {2}")
    @CsvSource({
        // The same working day.
        "2026-03-05T09:00, 2026-03-05T17:30, true",
        // The next working day, to its last minute.
        "2026-03-05T09:00, 2026-03-06T23:59, true",
        // Two working days later, across a weekend.
        "2026-03-05T09:00, 2026-03-09T08:00, false",
        // A Friday's dispatch may be returned on Monday, the next working day.
        "2026-03-06T16:00, 2026-03-09T10:00, true",
        "2026-03-06T16:00, 2026-03-10T09:00, false",
        // Before Spring Festival: the make-up Saturday 2/14 is the next working day.
        "2026-02-13T10:00, 2026-02-14T10:00, true",
        "2026-02-13T10:00, 2026-02-24T09:00, false",
        // Dispatched on the make-up Saturday: the next working day is after the holiday.
        "2026-02-14T10:00, 2026-02-24T17:00, true",
        "2026-02-14T10:00, 2026-02-25T09:00, false",
        // Dispatched during the holiday: counted from that day, the first working day after it is the last.
        "2026-02-17T10:00, 2026-02-24T17:00, true",
        // Before National Day: 9/30 dispatch, 10/8 is the next working day.
        "2026-09-30T18:00, 2026-10-08T12:00, true",
        "2026-09-30T18:00, 2026-10-09T12:00, false",
    })
    void aDepartmentReturnsATicketOnlyWithinOneWorkingDayOfTheDispatch(
            String dispatchedAt, String returnedAt, boolean allowed) {
        HotlineTicket ticket =
                received(HotlineType.COMPLAINT, beijing(dispatchedAt).minusSeconds(600));
        ticket.dispatch(LEAD, List.of(), false, DISPATCHER, beijing(dispatchedAt));

        if (allowed) {
            HotlineEvent event = ticket.returnTicket("不属于本单位职责", HANDLER, beijing(returnedAt), CLOCK);
            assertThat(event.detail("reason")).isEqualTo("不属于本单位职责");
            assertThat(ticket.state()).isEqualTo(HotlineState.RETURNED);
        } else {
            assertProblem(
                    () -> ticket.returnTicket("不属于本单位职责", HANDLER, beijing(returnedAt), CLOCK),
                    409,
                    "hotline-return-too-late");
            assertThat(ticket.state()).isEqualTo(HotlineState.DISPATCHED);
        }
    }

    @Test
    void theReturnWindowCountsFromTheDayInBeijing() {
        // 16:30 UTC on Thursday is 00:30 on Friday in Beijing: Monday is then still the next working day.
        HotlineTicket ticket = received(HotlineType.HELP, Instant.parse("2026-03-05T16:00:00Z"));
        ticket.dispatch(LEAD, List.of(), false, DISPATCHER, Instant.parse("2026-03-05T16:30:00Z"));

        ticket.returnTicket("不属于本单位职责", HANDLER, beijing("2026-03-09T10:00"), CLOCK);

        assertThat(ticket.state()).isEqualTo(HotlineState.RETURNED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \u3000"})
    void aReturnNeedsAReason(String reason) {
        HotlineTicket ticket = ticketIn(HotlineState.DISPATCHED);

        assertInvalid(() -> ticket.returnTicket(reason, HANDLER, after(ticket, 1), CLOCK), "reason");
        assertInvalid(() -> ticket.returnTicket(null, HANDLER, after(ticket, 1), CLOCK), "reason");
    }

    // --- Reply ------------------------------------------------------------------------------------

    @Test
    void aReplyNeedsItsText() {
        HotlineTicket ticket = ticketIn(HotlineState.IN_PROGRESS);

        assertInvalid(() -> ticket.reply(" ", List.of(), HANDLER, after(ticket, 1)), "text");
        HotlineEvent replied = ticket.reply("已联系供水公司抢修", List.of("file-1", "file-2"), HANDLER, after(ticket, 1));
        assertThat(replied.details()).containsEntry("text", "已联系供水公司抢修").containsEntry("attachments", "file-1,file-2");
    }

    @Test
    void aStepMayNotBeDatedBeforeThePreviousOne() {
        HotlineTicket ticket = ticketIn(HotlineState.IN_PROGRESS);

        assertInvalid(() -> ticket.reply("答复", List.of(), HANDLER, START.minusSeconds(1)), "at");
    }

    // --- Extensions -------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} working days")
    @ValueSource(ints = {0, -1, HotlineTicket.MAX_EXTENSION + 1, 30})
    void refusesAnExtensionOutsideOneToTheCap(int workingDays) {
        HotlineTicket ticket = ticketIn(HotlineState.IN_PROGRESS);

        assertInvalid(() -> ticket.requestExtension(workingDays, "需现场核查", HANDLER, after(ticket, 1)), "workingDays");
    }

    @Test
    void grantsExtensionsUpToTheCapInAll() {
        HotlineTicket ticket = ticketIn(HotlineState.IN_PROGRESS);
        ticket.requestExtension(10, "需现场核查", HANDLER, after(ticket, 1));
        assertThat(ticket.extensionPending()).isTrue();
        assertProblem(
                () -> ticket.requestExtension(2, "again", HANDLER, after(ticket, 1)), 409, "hotline-extension-pending");
        ticket.approveExtension(DISPATCHER, after(ticket, 1));
        assertThat(ticket.extensionPending()).isFalse();
        assertThat(ticket.extensionWorkingDays()).isEqualTo(10);

        assertProblem(
                () -> ticket.requestExtension(6, "还需协调", HANDLER, after(ticket, 1)), 409, "hotline-extension-cap");
        ticket.requestExtension(5, "还需协调", HANDLER, after(ticket, 1));
        ticket.approveExtension(DISPATCHER, after(ticket, 1));
        assertThat(ticket.extensionWorkingDays()).isEqualTo(HotlineTicket.MAX_EXTENSION);
        assertProblem(() -> ticket.requestExtension(1, "再延", HANDLER, after(ticket, 1)), 409, "hotline-extension-cap");
    }

    @Test
    void theWholeCapMayBeAskedForAtOnce() {
        HotlineTicket ticket = ticketIn(HotlineState.IN_PROGRESS);

        ticket.requestExtension(HotlineTicket.MAX_EXTENSION, "需现场核查", HANDLER, after(ticket, 1));
        ticket.approveExtension(DISPATCHER, after(ticket, 1));

        assertThat(ticket.extensionWorkingDays()).isEqualTo(15);
    }

    @Test
    void aDeclinedExtensionGrantsNothingAndNeedsAReason() {
        HotlineTicket ticket = ticketIn(HotlineState.IN_PROGRESS);
        assertProblem(() -> ticket.approveExtension(DISPATCHER, after(ticket, 1)), 409, "hotline-no-extension-pending");
        ticket.requestExtension(5, "需现场核查", HANDLER, after(ticket, 1));

        assertInvalid(() -> ticket.declineExtension("", DISPATCHER, after(ticket, 1)), "reason");
        ticket.declineExtension("理由不充分", DISPATCHER, after(ticket, 1));

        assertThat(ticket.extensionPending()).isFalse();
        assertThat(ticket.extensionWorkingDays()).isZero();
        assertProblem(
                () -> ticket.declineExtension("x", DISPATCHER, after(ticket, 1)), 409, "hotline-no-extension-pending");
    }

    @Test
    void anUrgentTicketIsNotExtended() {
        HotlineTicket ticket = received(HotlineType.HELP, START);
        ticket.dispatch(LEAD, List.of(), true, DISPATCHER, after(ticket, 1));
        ticket.accept(HANDLER, after(ticket, 1));

        assertProblem(
                () -> ticket.requestExtension(1, "需现场核查", HANDLER, after(ticket, 1)), 409, "hotline-extension-urgent");
    }

    @Test
    void aReplyEndsAPendingExtension() {
        HotlineTicket ticket = ticketIn(HotlineState.IN_PROGRESS);
        ticket.requestExtension(5, "需现场核查", HANDLER, after(ticket, 1));

        ticket.reply("已办理", List.of(), HANDLER, after(ticket, 1));

        assertThat(ticket.extensionPending()).isFalse();
    }

    // --- Rating -----------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(
            value = HotlineRating.class,
            names = {"SATISFIED", "BASICALLY_SATISFIED"})
    void aSatisfiedRatingClosesTheTicket(HotlineRating rating) {
        HotlineTicket ticket = ticketIn(HotlineState.REPLIED);

        HotlineEvent rated = ticket.rate(rating, " 很及时 ", SUBMITTER, after(ticket, 1), CLOCK);

        assertThat(ticket.state()).isEqualTo(HotlineState.CLOSED);
        assertThat(ticket.rating()).isEqualTo(rating);
        assertThat(rated.details()).containsEntry("comment", "很及时").containsEntry("reopened", "false");
        assertThat(ticket.wasReopened()).isFalse();
    }

    @Test
    void aFirstUnsatisfiedReopensToTheSameLeadAndASecondCloses() {
        HotlineTicket ticket = ticketIn(HotlineState.REPLIED);

        HotlineEvent first = ticket.rate(HotlineRating.UNSATISFIED, "没有解决", SUBMITTER, after(ticket, 1), CLOCK);

        assertThat(first.detail("reopened")).isEqualTo("true");
        assertThat(ticket.state()).isEqualTo(HotlineState.REOPENED);
        assertThat(ticket.wasReopened()).isTrue();
        assertThat(ticket.leadDepartmentId()).isEqualTo(LEAD);
        assertProblem(
                () -> ticket.reply("重办答复", List.of(), Actor.handler("x", ASSISTING), after(ticket, 1)),
                403,
                "hotline-not-lead-department");
        ticket.reply("重办答复", List.of(), HANDLER, after(ticket, 1));

        HotlineEvent second = ticket.rate(HotlineRating.UNSATISFIED, "仍未解决", SUBMITTER, after(ticket, 1), CLOCK);

        assertThat(second.detail("reopened")).isEqualTo("false");
        assertThat(ticket.state()).isEqualTo(HotlineState.CLOSED);
        assertThat(ticket.rating()).isEqualTo(HotlineRating.UNSATISFIED);
    }

    @Test
    void aRatingIsRequired() {
        HotlineTicket ticket = ticketIn(HotlineState.REPLIED);

        assertInvalid(() -> ticket.rate(null, null, SUBMITTER, after(ticket, 1), CLOCK), "rating");
    }

    @ParameterizedTest(name = "{0} days after the reply: rating allowed {1}")
    @CsvSource({"0, true", "6, true", "7, true", "8, false", "30, false"})
    void theRatingWindowIsSevenDaysAndThenTheTicketClosesUnrated(int days, boolean open) {
        HotlineTicket rated = ticketIn(HotlineState.REPLIED);
        HotlineTicket unrated = ticketIn(HotlineState.REPLIED);
        // Replied on Friday 3/6; the seventh day after it is Friday 3/13, weekend or not.
        Instant at = beijing("2026-03-06T23:00").plus(Duration.ofDays(days));

        if (open) {
            rated.rate(HotlineRating.SATISFIED, null, SUBMITTER, at, CLOCK);
            assertThat(rated.state()).isEqualTo(HotlineState.CLOSED);
            assertProblem(() -> unrated.closeUnrated(at, CLOCK), 409, "hotline-rating-still-open");
            assertThat(unrated.state()).isEqualTo(HotlineState.REPLIED);
        } else {
            assertProblem(
                    () -> rated.rate(HotlineRating.SATISFIED, null, SUBMITTER, at, CLOCK),
                    409,
                    "hotline-rating-too-late");
            HotlineEvent closed = unrated.closeUnrated(at, CLOCK);
            assertThat(closed.type()).isEqualTo(HotlineEventType.CLOSED_UNRATED);
            assertThat(closed.actor()).isEqualTo("system");
            assertThat(unrated.state()).isEqualTo(HotlineState.CLOSED);
            assertThat(unrated.rating()).isNull();
        }
    }

    // --- Merging ----------------------------------------------------------------------------------

    @Test
    void mergesARepeatIntoAnOpenTicketOfTheSameCategory() {
        HotlineTicket lead = ticketIn(HotlineState.IN_PROGRESS);
        HotlineTicket repeat = received(HotlineType.COMPLAINT, START.plusSeconds(60), "12345-R");

        HotlineEvent merged = repeat.mergeInto(lead, DISPATCHER, after(lead, 1));

        assertThat(merged.detail("leadTicket")).isEqualTo(lead.number());
        assertThat(repeat.state()).isEqualTo(HotlineState.MERGED);
        assertThat(repeat.mergedInto()).isEqualTo(lead.number());
    }

    @Test
    void refusesToMergeIntoAnotherCategoryAClosedTicketOrItself() {
        HotlineTicket repeat = received(HotlineType.COMPLAINT, START, "12345-R");
        HotlineTicket otherCategory = HotlineTicket.receive(
                UUID.randomUUID(), "12345-O", HotlineType.COMPLAINT, "0702", CENTRE, "citizen", DISPATCHER, START);
        HotlineTicket otherCentre = HotlineTicket.receive(
                UUID.randomUUID(),
                "12345-C",
                HotlineType.COMPLAINT,
                CATEGORY,
                UUID.randomUUID(),
                "citizen",
                SUBMITTER,
                START);
        Instant at = START.plusSeconds(3600);

        assertProblem(() -> repeat.mergeInto(otherCategory, DISPATCHER, at), 409, "hotline-merge-other-category");
        assertProblem(() -> repeat.mergeInto(otherCentre, DISPATCHER, at), 409, "hotline-merge-other-centre");
        assertProblem(
                () -> repeat.mergeInto(ticketIn(HotlineState.CLOSED), DISPATCHER, at), 409, "hotline-merge-lead-final");
        assertProblem(
                () -> repeat.mergeInto(ticketIn(HotlineState.MERGED), DISPATCHER, at), 409, "hotline-merge-lead-final");
        assertInvalid(() -> repeat.mergeInto(repeat, DISPATCHER, at), "leadTicketNumber");
        assertInvalid(() -> repeat.mergeInto(null, DISPATCHER, at), "leadTicketNumber");
        assertThat(repeat.state()).isEqualTo(HotlineState.RECEIVED);
    }

    // --- Knowledge base ---------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = HotlineType.class, names = "ENQUIRY", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnEnquiryIsAnsweredFromTheKnowledgeBase(HotlineType type) {
        HotlineTicket ticket = received(type, START);

        assertProblem(
                () -> ticket.answerFromKnowledgeBase("kb-1", DISPATCHER, after(ticket, 1)),
                409,
                "hotline-knowledge-base-enquiries-only");
    }

    @Test
    void thePersonAnswersTheirOwnEnquiryFromTheKnowledgeBase() {
        HotlineTicket ticket = received(HotlineType.ENQUIRY, START);

        assertInvalid(() -> ticket.answerFromKnowledgeBase(" ", SUBMITTER, after(ticket, 1)), "entryId");
        HotlineEvent answered = ticket.answerFromKnowledgeBase("kb-42", SUBMITTER, after(ticket, 1));

        assertThat(answered.detail("entryId")).isEqualTo("kb-42");
        assertThat(ticket.state()).isEqualTo(HotlineState.ANSWERED_BY_KNOWLEDGE_BASE);
        assertThat(ticket.deadlines(CLOCK, after(ticket, 100)).overdue()).isFalse();
    }

    // --- Fixtures ---------------------------------------------------------------------------------

    /** A ticket brought to {@code state} through the aggregate's own steps, starting on Thursday 2026-03-05. */
    static HotlineTicket ticketIn(HotlineState state) {
        HotlineTicket ticket = received(HotlineType.ENQUIRY, START);
        switch (state) {
            case RECEIVED -> {}
            case MERGED -> ticket.mergeInto(received(HotlineType.ENQUIRY, START, "12345-L"), DISPATCHER, at(ticket));
            case ANSWERED_BY_KNOWLEDGE_BASE -> ticket.answerFromKnowledgeBase("kb-1", DISPATCHER, at(ticket));
            default -> {
                ticket.dispatch(LEAD, List.of(ASSISTING), false, DISPATCHER, at(ticket));
                switch (state) {
                    case DISPATCHED -> {}
                    case RETURNED -> ticket.returnTicket("不属于本单位职责", HANDLER, at(ticket), CLOCK);
                    default -> {
                        ticket.accept(HANDLER, at(ticket));
                        if (state != HotlineState.IN_PROGRESS) {
                            ticket.reply("答复", List.of(), HANDLER, beijing("2026-03-06T10:00"));
                        }
                        if (state == HotlineState.REOPENED) {
                            ticket.rate(HotlineRating.UNSATISFIED, null, SUBMITTER, at(ticket), CLOCK);
                        } else if (state == HotlineState.CLOSED) {
                            ticket.rate(HotlineRating.SATISFIED, null, SUBMITTER, at(ticket), CLOCK);
                        }
                    }
                }
            }
        }
        assertThat(ticket.state()).isEqualTo(state);
        return ticket;
    }

    /** Each action with valid input by the actor the rule names, an hour after the last step. */
    static HotlineEvent perform(HotlineAction action, HotlineTicket ticket) {
        Actor actor = switch (action) {
            case ACCEPT, RETURN, REPLY, REQUEST_EXTENSION -> HANDLER;
            case RATE -> SUBMITTER;
            case CLOSE_UNRATED -> Actor.system();
            default -> DISPATCHER;
        };
        if ((action == HotlineAction.APPROVE_EXTENSION || action == HotlineAction.DECLINE_EXTENSION)
                && HotlineAction.REQUEST_EXTENSION.isAllowedIn(ticket.state())) {
            ticket.requestExtension(5, "需现场核查", HANDLER, after(ticket, 1));
        }
        return perform(action, ticket, actor);
    }

    static HotlineEvent perform(HotlineAction action, HotlineTicket ticket, Actor actor) {
        Instant at = after(ticket, 1);
        return switch (action) {
            case DISPATCH -> ticket.dispatch(LEAD, List.of(), false, actor, at);
            case ACCEPT -> ticket.accept(actor, at);
            case RETURN -> ticket.returnTicket("不属于本单位职责", actor, at, CLOCK);
            case REPLY -> ticket.reply("已办理", List.of(), actor, at);
            case REQUEST_EXTENSION -> ticket.requestExtension(5, "需现场核查", actor, at);
            case APPROVE_EXTENSION -> ticket.approveExtension(actor, at);
            case DECLINE_EXTENSION -> ticket.declineExtension("理由不充分", actor, at);
            case RATE -> ticket.rate(HotlineRating.SATISFIED, null, actor, at, CLOCK);
            case CLOSE_UNRATED -> ticket.closeUnrated(after(ticket, 24 * 10), CLOCK);
            case MERGE -> ticket.mergeInto(received(HotlineType.ENQUIRY, START, "12345-L"), actor, at);
            case ANSWER_FROM_KNOWLEDGE_BASE -> ticket.answerFromKnowledgeBase("kb-1", actor, at);
        };
    }

    static HotlineTicket received(HotlineType type, Instant at) {
        return received(type, at, "12345-20260305-0001");
    }

    static HotlineTicket received(HotlineType type, Instant at, String number) {
        return HotlineTicket.receive(UUID.randomUUID(), number, type, CATEGORY, CENTRE, "citizen", DISPATCHER, at);
    }

    /** Ten minutes after the last step. */
    private static Instant at(HotlineTicket ticket) {
        return ticket.timeline().get(ticket.timeline().size() - 1).occurredAt().plusSeconds(600);
    }

    static Instant after(HotlineTicket ticket, int hours) {
        return ticket.timeline().get(ticket.timeline().size() - 1).occurredAt().plus(Duration.ofHours(hours));
    }

    /** A time of day in Beijing. */
    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime)
                .atZone(TimeConfiguration.CHINA)
                .toInstant();
    }

    private static void assertProblem(ThrowingCallable action, int status, String slug) {
        assertThatThrownBy(action).isInstanceOfSatisfying(PortalException.class, problem -> {
            assertThat(problem.getStatusCode().value()).isEqualTo(status);
            assertThat(problem.slug()).isEqualTo(slug);
        });
    }

    private static void assertInvalid(ThrowingCallable action, String field) {
        assertThatThrownBy(action).isInstanceOfSatisfying(PortalException.class, problem -> {
            assertThat(problem.getStatusCode().value()).isEqualTo(400);
            assertThat(problem.fieldProblems())
                    .extracting(PortalException.FieldProblem::field)
                    .containsExactly(field);
        });
    }
}
