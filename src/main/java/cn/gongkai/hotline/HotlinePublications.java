package cn.gongkai.hotline;

import cn.gongkai.audit.AuditEntry;
import cn.gongkai.audit.AuditTrail;
import cn.gongkai.hotline.HotlinePublication.Checks;
import cn.gongkai.hotline.HotlinePublication.Texts;
import cn.gongkai.hotline.HotlineTicket.Actor;
import cn.gongkai.hotline.internal.HotlineReplyStore;
import cn.gongkai.hotline.internal.HotlineTicketStore.Stored;
import cn.gongkai.hotline.internal.RedactedReply;
import cn.gongkai.hotline.internal.ReplyRecords;
import cn.gongkai.identity.Agencies;
import cn.gongkai.identity.CurrentUser;
import cn.gongkai.identity.PortalUser;
import cn.gongkai.identity.Role;
import jakarta.annotation.Nullable;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The reply board (办理结果公开), the module's API for it: the dispatcher's check of each redacted reply (approved,
 * perhaps edited and then checked again, or withheld with a reason), audited like every step of a ticket, and the
 * board's pages of what was approved.
 */
@Service
public class HotlinePublications {

    private final HotlineTickets tickets;
    private final ReplyRecords replies;
    private final HotlineReplyStore store;
    private final Agencies agencies;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;
    private final HotlineSettings settings;
    private final Clock clock;

    HotlinePublications(
            HotlineTickets tickets,
            ReplyRecords replies,
            HotlineReplyStore store,
            Agencies agencies,
            CurrentUser currentUser,
            AuditTrail audit,
            TransactionalOperator transaction,
            HotlineSettings settings,
            Clock clock) {
        this.tickets = tickets;
        this.replies = replies;
        this.store = store;
        this.agencies = agencies;
        this.currentUser = currentUser;
        this.audit = audit;
        this.transaction = transaction;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The publication of a ticket's latest reply as the staff check it: the redacted texts with what was removed
     * and the originals the removals point into, and whether the viewer may decide now.
     *
     * @param originalTitle the ticket's title as the person wrote it
     * @param originalDescription the ticket's description as the person wrote it
     * @param originalText the reply as the department wrote it
     */
    public record StaffView(
            HotlinePublication publication,
            String originalTitle,
            String originalDescription,
            String originalText,
            boolean mayDecide) {}

    /** The publication of the ticket's latest reply for the staff viewing it; empty before the first reply. */
    public Mono<StaffView> forStaff(HotlineTicketView view) {
        HotlineTicket ticket = view.ticket();
        return Mono.zip(store.latest(ticket.id(), ticket.centreId()), currentUser.get())
                .map(found -> {
                    HotlinePublication publication = found.getT1();
                    String original = ticket.timeline().stream()
                            .filter(event -> event.seq() == publication.replySeq())
                            .map(event -> event.detail("text"))
                            .findFirst()
                            .orElse("");
                    return new StaffView(
                            publication,
                            view.submission().title(),
                            view.submission().description(),
                            original,
                            publication.canBeDecidedBy(actor(found.getT2(), ticket)));
                });
    }

    /**
     * 公开: the dispatcher approves the latest reply's redacted texts, or their edits of them ({@code edited}, each
     * null when the automatic redaction stands), each edit checked by the redaction again with the ticket's facts.
     */
    public Mono<Void> approve(String number, Texts edited) {
        return tickets.loadForStaff(number)
                .flatMap(loaded -> {
                    Stored stored = loaded.stored();
                    HotlineTicket ticket = stored.ticket();
                    return store.latest(ticket.id(), ticket.centreId())
                            .map(Optional::of)
                            .defaultIfEmpty(Optional.empty())
                            .flatMap(found -> {
                                HotlinePublication publication =
                                        HotlinePublication.latestOf(found.orElse(null), number);
                                Actor actor = actor(loaded.user(), ticket);
                                Texts changed = new Texts(
                                        changed(edited.title(), publication.title()),
                                        changed(edited.description(), publication.description()),
                                        changed(edited.text(), publication.text()));
                                if (!publication.canBeDecidedBy(actor)) {
                                    // The aggregate answers the 409 or 403 before anything is redacted again.
                                    publication.approve(changed, new Checks(null, null, null), actor, now());
                                }
                                return Mono.zip(
                                                check(stored, publication, changed.title()),
                                                check(stored, publication, changed.description()),
                                                check(stored, publication, changed.text()))
                                        .flatMap(checked -> {
                                            publication.approve(
                                                    changed,
                                                    new Checks(
                                                            checked.getT1().orElse(null),
                                                            checked.getT2().orElse(null),
                                                            checked.getT3().orElse(null)),
                                                    actor,
                                                    now());
                                            Map<String, String> details = new LinkedHashMap<>();
                                            details.put("replySeq", Integer.toString(publication.replySeq()));
                                            details.put("editedTitle", Boolean.toString(changed.title() != null));
                                            details.put(
                                                    "editedDescription",
                                                    Boolean.toString(changed.description() != null));
                                            details.put("editedText", Boolean.toString(changed.text() != null));
                                            return decide(publication, number, actor, "approve-publication", details);
                                        });
                            });
                })
                .as(transaction::transactional);
    }

    /** 不予公开: the dispatcher keeps the latest reply off the board, with a reason. */
    public Mono<Void> withhold(String number, @Nullable String reason) {
        return tickets.loadForStaff(number)
                .flatMap(loaded -> {
                    HotlineTicket ticket = loaded.stored().ticket();
                    return store.latest(ticket.id(), ticket.centreId())
                            .map(Optional::of)
                            .defaultIfEmpty(Optional.empty())
                            .flatMap(found -> {
                                HotlinePublication publication =
                                        HotlinePublication.latestOf(found.orElse(null), number);
                                Actor actor = actor(loaded.user(), ticket);
                                publication.withhold(reason, actor, now());
                                return decide(
                                        publication,
                                        number,
                                        actor,
                                        "withhold-publication",
                                        Map.of("replySeq", Integer.toString(publication.replySeq())));
                            });
                })
                .as(transaction::transactional);
    }

    /** A page of the board: the centre's published replies, newest first, those matching {@code text} if given. */
    public Mono<HotlineBoardPage> board(@Nullable String text, int page, int size) {
        return agencies.findByCode(settings.centreCode())
                .switchIfEmpty(Mono.error(
                        () -> new IllegalStateException("the hotline centre " + settings.centreCode() + " is unknown")))
                .flatMap(centre -> store.board(centre.id(), text, page, size));
    }

    private Mono<Void> decide(
            HotlinePublication publication, String number, Actor actor, String action, Map<String, String> details) {
        return store.update(publication, HotlinePublication.Status.AWAITING_CHECK)
                .then(audit.record(AuditEntry.succeeded("hotline." + action, "hotline_ticket", number)
                        .as(actor.role().name(), actor.agencyId())
                        .with(details)));
    }

    /** What the redaction finds in an edit when run again; empty for a text not edited. */
    private Mono<Optional<RedactedReply>> check(
            Stored stored, HotlinePublication publication, @Nullable String edited) {
        if (edited == null || edited.isBlank()) {
            return Mono.just(Optional.empty());
        }
        return replies.check(stored.ticket(), stored.submission(), publication.replySeq(), edited)
                .map(Optional::of);
    }

    /** An edit that differs from the automatic redaction, or null when there is none. */
    private static String changed(@Nullable String edited, @Nullable RedactedReply automatic) {
        if (edited == null || (automatic != null && Objects.equals(edited.strip(), automatic.text()))) {
            return null;
        }
        return edited;
    }

    /** The dispatcher of the ticket's centre if the user is one, else the staff role they hold for the ticket. */
    private static Actor actor(PortalUser user, HotlineTicket ticket) {
        if (user.mayActFor(ticket.centreId(), Role.HOTLINE_DISPATCHER)) {
            return Actor.dispatcher(user.subject(), ticket.centreId());
        }
        List<java.util.UUID> handled = List.copyOf(user.agenciesWhere(Role.DEPARTMENT_HANDLER));
        return new Actor(user.subject(), Role.DEPARTMENT_HANDLER, handled.isEmpty() ? null : handled.get(0));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
