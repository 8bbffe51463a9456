package cn.gongkai.hotline.internal;

import cn.gongkai.hotline.HotlineClock;
import cn.gongkai.hotline.HotlineEvent;
import cn.gongkai.hotline.HotlinePublication;
import cn.gongkai.hotline.HotlineSubmission;
import cn.gongkai.hotline.HotlineTicket;
import cn.gongkai.hotline.internal.HotlineTicketStore.Stored;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Records each reply as it is given (答复记录), in the reply's own transaction: its limit at that moment and whether
 * it was met, and, when the person allowed publication, the reply, title and description with their personal data
 * removed, waiting for the dispatcher's check ({@link HotlinePublication}).
 */
@Component
public class ReplyRecords {

    private final HotlineReplyStore store;
    private final ReplyRedaction redaction;

    ReplyRecords(HotlineReplyStore store, ReplyRedaction redaction) {
        this.store = store;
        this.redaction = redaction;
    }

    /**
     * Records {@code replied}, a REPLIED step of the stored ticket, against the ticket's limits as they stood at that
     * step (the later steps of a ticket written with its whole story do not count).
     */
    public Mono<Void> record(Stored stored, HotlineEvent replied, HotlineClock clock) {
        HotlineTicket ticket = stored.ticket();
        HotlineSubmission submission = stored.submission();
        List<HotlineEvent> untilReply = ticket.timeline().stream()
                .filter(event -> event.seq() <= replied.seq())
                .toList();
        HotlineClock.Due due =
                clock.deadlines(ticket.type(), untilReply, replied.occurredAt()).reply();
        var timing = new HotlineReplyStore.Timing(
                replied.actorAgencyId(),
                replied.occurredAt(),
                replied.occurredOn(),
                due.on(),
                due.at(),
                !due.isOverdue(replied.occurredAt()));
        Mono<HotlinePublication> publication = submission.publishReply()
                ? redactAll(ticket, submission, replied)
                : Mono.just(HotlinePublication.ofReply(ticket, replied, false, null, null, null));
        Mono<Void> superseded = store.latest(ticket.id(), ticket.centreId())
                .filter(HotlinePublication::supersede)
                .flatMap(earlier -> store.update(earlier, HotlinePublication.Status.AWAITING_CHECK));
        return superseded.then(publication.flatMap(made -> store.insert(made, timing)));
    }

    private Mono<HotlinePublication> redactAll(
            HotlineTicket ticket, HotlineSubmission submission, HotlineEvent replied) {
        TicketPersonalData known = knownFacts(submission);
        return publicContacts(ticket, replied.actorAgencyId())
                .flatMap(contacts -> Mono.zip(
                        redaction.redactLater(submission.title(), known, contacts),
                        redaction.redactLater(submission.description(), known, contacts),
                        redaction.redactLater(replied.detail("text"), known, contacts)))
                .map(redacted -> HotlinePublication.ofReply(
                        ticket, replied, true, redacted.getT1(), redacted.getT2(), redacted.getT3()));
    }

    /** Runs the redaction again on a text the dispatcher edited, with the same facts and contacts. */
    public Mono<RedactedReply> check(HotlineTicket ticket, HotlineSubmission submission, int replySeq, String edited) {
        UUID department = ticket.timeline().stream()
                .filter(event -> event.seq() == replySeq)
                .map(HotlineEvent::actorAgencyId)
                .findFirst()
                .orElse(ticket.leadDepartmentId());
        return publicContacts(ticket, department)
                .flatMap(contacts -> redaction.redactLater(edited.strip(), knownFacts(submission), contacts));
    }

    /** The ticket's own personal facts: removed wherever they appear. */
    public static TicketPersonalData knownFacts(HotlineSubmission submission) {
        return new TicketPersonalData(
                submission.contactName(), submission.contactPhone(), submission.creditCode(), submission.address());
    }

    /** The national service numbers and the published contacts of the replying department and of the centre. */
    private Mono<PublicContacts> publicContacts(HotlineTicket ticket, UUID department) {
        List<UUID> agencies = new ArrayList<>(List.of(ticket.centreId()));
        if (department != null) {
            agencies.add(department);
        }
        return store.publicContacts(agencies);
    }
}
