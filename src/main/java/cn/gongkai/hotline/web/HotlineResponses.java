package cn.gongkai.hotline.web;

import cn.gongkai.hotline.HotlineAction;
import cn.gongkai.hotline.HotlineCatalogue;
import cn.gongkai.hotline.HotlineClock;
import cn.gongkai.hotline.HotlineEvent;
import cn.gongkai.hotline.HotlineEventType;
import cn.gongkai.hotline.HotlineRating;
import cn.gongkai.hotline.HotlineSubmission;
import cn.gongkai.hotline.HotlineTicket;
import cn.gongkai.hotline.HotlineTicketView;
import cn.gongkai.hotline.web.HotlineStaffTicketResponse.Similar;
import cn.gongkai.hotline.web.HotlineStaffTicketResponse.StaffTimelineEntry;
import cn.gongkai.hotline.web.HotlineTicketResponse.Category;
import cn.gongkai.hotline.web.HotlineTicketResponse.Deadlines;
import cn.gongkai.hotline.web.HotlineTicketResponse.KnowledgeAnswer;
import cn.gongkai.hotline.web.HotlineTicketResponse.LeadTicket;
import cn.gongkai.hotline.web.HotlineTicketResponse.Named;
import cn.gongkai.hotline.web.HotlineTicketResponse.Place;
import cn.gongkai.hotline.web.HotlineTicketResponse.Rating;
import cn.gongkai.hotline.web.HotlineTicketResponse.Reply;
import cn.gongkai.hotline.web.HotlineTicketResponse.TimelineEntry;
import cn.gongkai.platform.TimeConfiguration;
import cn.gongkai.shared.Masking;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the answers about tickets: the person's view, masked, and the staff's, in full. */
@Component
class HotlineResponses {

    private static final Masking MASKING = Masking.defaults();

    private final MessageSource messages;

    HotlineResponses(MessageSource messages) {
        this.messages = messages;
    }

    HotlineTicketResponse forSubmitter(HotlineTicketView view, Locale locale) {
        HotlineTicket ticket = view.ticket();
        HotlineSubmission submission = view.submission();
        List<TimelineEntry> timeline = new ArrayList<>();
        for (HotlineEvent event : ticket.timeline()) {
            timeline.add(new TimelineEntry(
                    event.seq(), event.type(), time(event.occurredAt()), note(event, view, locale, false)));
        }
        return new HotlineTicketResponse(
                ticket.number(),
                ticket.type(),
                new Category(ticket.categoryCode(), view.categoryName()),
                submission.title(),
                submission.description(),
                place(view),
                submission.happenedOn(),
                submission.submitterKind(),
                maskName(submission.contactName()),
                MASKING.maskPhone(submission.contactPhone()),
                submission.enterpriseName(),
                submission.creditCode(),
                submission.publishReply(),
                ticket.state(),
                ticket.urgent(),
                time(view.receivedAt()),
                named(view, ticket.leadDepartmentId()),
                deadlines(view.deadlines()),
                timeline,
                replies(view),
                rating(ticket),
                view.canRate(),
                ticket.mergedInto(),
                leadTicket(view.lead(), locale),
                knowledgeAnswer(view),
                view.attachments(),
                view.queryCode());
    }

    /** The lead ticket as the merged ticket's person follows it: public notes, replies with personal data removed. */
    private LeadTicket leadTicket(HotlineTicketView.Lead lead, Locale locale) {
        if (lead == null) {
            return null;
        }
        HotlineTicketView view = lead.view();
        List<TimelineEntry> timeline = new ArrayList<>();
        List<Reply> replies = new ArrayList<>();
        for (HotlineEvent event : view.ticket().timeline()) {
            timeline.add(new TimelineEntry(
                    event.seq(), event.type(), time(event.occurredAt()), note(event, view, locale, false)));
            if (event.type() == HotlineEventType.REPLIED) {
                // The reply's files stay with the lead ticket: they may show its person.
                replies.add(new Reply(
                        time(event.occurredAt()),
                        named(view, event.actorAgencyId()),
                        lead.replyTexts().getOrDefault(event.seq(), ""),
                        List.of()));
            }
        }
        return new LeadTicket(
                view.ticket().number(),
                view.ticket().state(),
                named(view, view.ticket().leadDepartmentId()),
                deadlines(view.deadlines()),
                timeline,
                replies);
    }

    HotlineStaffTicketResponse forStaff(HotlineTicketView view, Locale locale) {
        HotlineTicket ticket = view.ticket();
        HotlineSubmission submission = view.submission();
        List<StaffTimelineEntry> timeline = new ArrayList<>();
        for (HotlineEvent event : ticket.timeline()) {
            timeline.add(new StaffTimelineEntry(
                    event.seq(),
                    event.type(),
                    time(event.occurredAt()),
                    note(event, view, locale, true),
                    event.actor(),
                    event.actorRole(),
                    named(view, event.actorAgencyId())));
        }
        return new HotlineStaffTicketResponse(
                ticket.number(),
                ticket.type(),
                new Category(ticket.categoryCode(), view.categoryName()),
                submission.title(),
                submission.description(),
                place(view),
                submission.happenedOn(),
                submission.submitterKind(),
                submission.contactName(),
                submission.contactPhone(),
                submission.enterpriseName(),
                submission.creditCode(),
                submission.publishReply(),
                ticket.state(),
                ticket.urgent(),
                ticket.wasReopened(),
                ticket.extensionPending(),
                time(view.receivedAt()),
                named(view, ticket.leadDepartmentId()),
                ticket.assistingDepartmentIds().stream()
                        .map(id -> named(view, id))
                        .toList(),
                deadlines(view.deadlines()),
                timeline,
                replies(view),
                rating(ticket),
                ticket.mergedInto(),
                knowledgeAnswer(view),
                view.attachments(),
                named(view, view.suggestedLead()),
                view.similarOpen().stream()
                        .map(similar -> new Similar(similar.number(), similar.title(), time(similar.receivedAt())))
                        .toList(),
                view.allowedActions().stream().map(HotlineAction::slug).toList(),
                null);
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, TimeConfiguration.CHINA);
    }

    private static Place place(HotlineTicketView view) {
        UUID region = view.submission().regionId();
        return new Place(
                new Named(region, HotlineCatalogue.placeName(view.agencyName(region))),
                view.submission().address());
    }

    private static Named named(HotlineTicketView view, UUID id) {
        return id == null ? null : new Named(id, view.agencyName(id));
    }

    static Deadlines deadlines(HotlineClock.Deadlines deadlines) {
        return new Deadlines(
                deadlines.acceptance() == null ? null : deadlines.acceptance().on(),
                deadlines.reply() == null ? null : deadlines.reply().on(),
                deadlines.ratingDueOn(),
                deadlines.provisionalYear() != null,
                deadlines.overdue(),
                deadlines.atRisk());
    }

    private static List<Reply> replies(HotlineTicketView view) {
        List<Reply> replies = new ArrayList<>();
        for (HotlineEvent event : view.ticket().timeline()) {
            if (event.type() == HotlineEventType.REPLIED) {
                replies.add(new Reply(
                        time(event.occurredAt()),
                        named(view, event.actorAgencyId()),
                        event.detail("text"),
                        view.replyAttachments().getOrDefault(event.seq(), List.of())));
            }
        }
        return replies;
    }

    private static Rating rating(HotlineTicket ticket) {
        List<HotlineEvent> timeline = ticket.timeline();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            HotlineEvent event = timeline.get(i);
            if (event.type() == HotlineEventType.RATED) {
                return new Rating(
                        HotlineRating.valueOf(event.detail("rating")),
                        event.detail("comment"),
                        time(event.occurredAt()));
            }
        }
        return null;
    }

    private static KnowledgeAnswer knowledgeAnswer(HotlineTicketView view) {
        HotlineTicketView.KnowledgeAnswer answer = view.knowledgeAnswer();
        return answer == null ? null : new KnowledgeAnswer(answer.question(), answer.answer(), answer.basis());
    }

    /** One line on the step; what departments argue among themselves (reasons) only for staff. */
    private String note(HotlineEvent event, HotlineTicketView view, Locale locale, boolean staff) {
        return switch (event.type()) {
            case DISPATCHED, REDISPATCHED ->
                text(locale, event.type().name(), view.agencyName(uuid(event.detail("lead"))));
            case RETURNED -> staff ? text(locale, "RETURNED", event.detail("reason")) : null;
            case EXTENSION_REQUESTED ->
                staff ? text(locale, "EXTENSION_REQUESTED", event.detail("workingDays"), event.detail("reason")) : null;
            case EXTENSION_APPROVED -> text(locale, "EXTENSION_APPROVED", event.detail("workingDays"));
            case EXTENSION_DECLINED -> staff ? text(locale, "EXTENSION_DECLINED", event.detail("reason")) : null;
            case REPLIED -> text(locale, "REPLIED", view.agencyName(event.actorAgencyId()));
            case RATED ->
                text(
                        locale,
                        "true".equals(event.detail("reopened")) ? "RATED-reopened" : "RATED",
                        messages.getMessage("hotline.rating." + event.detail("rating"), null, locale));
            case MERGED -> text(locale, "MERGED", event.detail("leadTicket"));
            case DEADLINES_CONFIRMED ->
                event.detail("replyDueOn") == null
                        ? null
                        : text(locale, "DEADLINES_CONFIRMED", event.detail("year"), event.detail("replyDueOn"));
            default -> null;
        };
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage("hotline.note." + key, arguments, locale);
    }

    private static UUID uuid(String text) {
        return text == null || text.isBlank() ? null : UUID.fromString(text);
    }

    /** 张明 → 张*: the family name stays, so the person recognises their own ticket. */
    static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
