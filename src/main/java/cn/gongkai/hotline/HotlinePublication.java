package cn.gongkai.hotline;

import cn.gongkai.hotline.HotlineTicket.Actor;
import cn.gongkai.hotline.internal.RedactedReply;
import cn.gongkai.hotline.internal.Redaction;
import cn.gongkai.hotline.internal.RedactionKind;
import cn.gongkai.identity.Role;
import cn.gongkai.platform.ConflictException;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * The publication of one reply on the reply board (办理结果公开): whether the person allowed it, what the automatic
 * redaction made of the ticket's title, description and the reply, and the dispatcher's check. Publication is
 * orthogonal to the ticket's state (a reply may be published while it waits for its rating, after the ticket is
 * closed, or while it is handled again), so its rules live here and not in {@link HotlineAction}'s table: only a reply
 * is published; only when the person allowed it ({@code publish_reply}); only by the dispatcher of the ticket's centre;
 * only once per reply, approved or withheld; only the ticket's latest reply (an earlier one still awaiting the check is
 * superseded by the next reply). Each decision is checked in the ticket's order: 409 for the state of the publication,
 * 403 for the actor, 400 naming the field for the input.
 */
public final class HotlinePublication {

    /** Where a reply stands on its way to the board (公开状态). */
    public enum Status {
        /** 不同意公开: the person did not allow the reply to be published; nothing was redacted. */
        NOT_ALLOWED,
        /** 待审核: redacted, waiting for the dispatcher's check. */
        AWAITING_CHECK,
        /** 已被新答复取代: a later reply (after a reopening) is the one to check. */
        SUPERSEDED,
        /** 已公开 */
        PUBLISHED,
        /** 不予公开, with the dispatcher's reason. */
        WITHHELD
    }

    /**
     * What the dispatcher may not put back when editing a redacted text: the ticket's own personal facts wherever they
     * are, and numbers whose structure leaves no doubt. A name or an address the recogniser found in a text the
     * dispatcher wrote is their call: the recogniser also takes roads and laws for names, and the dispatcher reads
     * the original.
     */
    static final Set<RedactionKind> ALWAYS_REFUSED =
            EnumSet.of(RedactionKind.ID_NUMBER, RedactionKind.BANK_CARD, RedactionKind.PASSPORT);

    private final UUID ticketId;
    private final UUID centreId;
    private final int replySeq;
    private Status status;
    private final RedactedReply title;
    private final RedactedReply description;
    private final RedactedReply text;
    private String publishedTitle;
    private String publishedDescription;
    private String publishedText;
    private Instant decidedAt;
    private String decidedBy;
    private String withheldReason;

    /** A publication as stored; {@link #ofReply} makes a new one. */
    public HotlinePublication(
            UUID ticketId,
            UUID centreId,
            int replySeq,
            Status status,
            @Nullable RedactedReply title,
            @Nullable RedactedReply description,
            @Nullable RedactedReply text,
            @Nullable String publishedTitle,
            @Nullable String publishedDescription,
            @Nullable String publishedText,
            @Nullable Instant decidedAt,
            @Nullable String decidedBy,
            @Nullable String withheldReason) {
        this.ticketId = Objects.requireNonNull(ticketId, "ticketId");
        this.centreId = Objects.requireNonNull(centreId, "centreId");
        this.replySeq = replySeq;
        this.status = Objects.requireNonNull(status, "status");
        this.title = title;
        this.description = description;
        this.text = text;
        this.publishedTitle = publishedTitle;
        this.publishedDescription = publishedDescription;
        this.publishedText = publishedText;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.withheldReason = withheldReason;
    }

    /**
     * The publication of a reply just given ({@code replied}, a REPLIED step of the ticket): waiting for the check
     * with its redacted texts when the person allowed publication, else not allowed and nothing redacted.
     */
    public static HotlinePublication ofReply(
            HotlineTicket ticket,
            HotlineEvent replied,
            boolean allowed,
            @Nullable RedactedReply title,
            @Nullable RedactedReply description,
            @Nullable RedactedReply text) {
        if (replied.type() != HotlineEventType.REPLIED) {
            throw new IllegalArgumentException("Not a reply: " + replied.type());
        }
        if (allowed && (title == null || description == null || text == null)) {
            throw new IllegalArgumentException("A reply allowed to be published is redacted first");
        }
        return new HotlinePublication(
                ticket.id(),
                ticket.centreId(),
                replied.seq(),
                allowed ? Status.AWAITING_CHECK : Status.NOT_ALLOWED,
                allowed ? title : null,
                allowed ? description : null,
                allowed ? text : null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The publication to decide on: the ticket's latest reply's; 409 when the ticket has no reply yet. */
    public static HotlinePublication latestOf(@Nullable HotlinePublication latest, String ticketNumber) {
        if (latest == null) {
            throw new ConflictException("hotline-publication-no-reply", ticketNumber);
        }
        return latest;
    }

    // --- Decisions ---------------------------------------------------------------------------------

    /**
     * 公开: the dispatcher approves the redacted texts, or their own edits of them. {@code edited} holds what the
     * dispatcher changed (null: the automatic redaction stands); {@code checked} what the redaction finds in each edit
     * when run again with the ticket's facts. An edit that still holds the ticket's own personal data, or an identity,
     * bank card or passport number, is refused (400 naming the field and the kinds found).
     */
    public void approve(Texts edited, Checks checked, Actor dispatcher, Instant at) {
        requireAwaitingCheck();
        requireDispatcher(dispatcher);
        String newTitle = accepted("title", edited.title(), checked.title(), title, 100);
        String newDescription = accepted("description", edited.description(), checked.description(), description, 4000);
        String newText = accepted("text", edited.text(), checked.text(), text, 4000);
        status = Status.PUBLISHED;
        publishedTitle = newTitle;
        publishedDescription = newDescription;
        publishedText = newText;
        decidedAt = Objects.requireNonNull(at, "at");
        decidedBy = dispatcher.subject();
    }

    /** 不予公开: the dispatcher keeps the reply off the board, with a reason. */
    public void withhold(@Nullable String reason, Actor dispatcher, Instant at) {
        requireAwaitingCheck();
        requireDispatcher(dispatcher);
        if (reason == null || reason.isBlank()) {
            throw invalid("reason", "NotBlank");
        }
        status = Status.WITHHELD;
        withheldReason = reason.strip();
        decidedAt = Objects.requireNonNull(at, "at");
        decidedBy = dispatcher.subject();
    }

    /** A later reply was given: this one, if still unchecked, is no longer the one to publish. */
    public boolean supersede() {
        if (status != Status.AWAITING_CHECK) {
            return false;
        }
        status = Status.SUPERSEDED;
        return true;
    }

    // --- Questions ---------------------------------------------------------------------------------

    /** Whether {@code actor} may approve or withhold it now: it awaits the check and they dispatch for its centre. */
    public boolean canBeDecidedBy(Actor actor) {
        return status == Status.AWAITING_CHECK && isDispatcher(actor);
    }

    /** The dispatcher's edits; each null when the automatic redaction stands. */
    public record Texts(
            @Nullable String title,
            @Nullable String description,
            @Nullable String text) {}

    /** What the redaction found when run again on each edit; null for a text not edited. */
    public record Checks(
            @Nullable RedactedReply title,
            @Nullable RedactedReply description,
            @Nullable RedactedReply text) {}

    public UUID ticketId() {
        return ticketId;
    }

    public UUID centreId() {
        return centreId;
    }

    /** The step of the ticket's timeline that is the reply. */
    public int replySeq() {
        return replySeq;
    }

    public Status status() {
        return status;
    }

    public @Nullable RedactedReply title() {
        return title;
    }

    public @Nullable RedactedReply description() {
        return description;
    }

    public @Nullable RedactedReply text() {
        return text;
    }

    public @Nullable String publishedTitle() {
        return publishedTitle;
    }

    public @Nullable String publishedDescription() {
        return publishedDescription;
    }

    public @Nullable String publishedText() {
        return publishedText;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public @Nullable String decidedBy() {
        return decidedBy;
    }

    public @Nullable String withheldReason() {
        return withheldReason;
    }

    // --- Rules -------------------------------------------------------------------------------------

    private void requireAwaitingCheck() {
        switch (status) {
            case AWAITING_CHECK -> {}
            case NOT_ALLOWED -> throw new ConflictException("hotline-publication-not-allowed");
            case SUPERSEDED -> throw new ConflictException("hotline-publication-superseded");
            case PUBLISHED, WITHHELD -> throw new ConflictException("hotline-publication-decided", status.name());
        }
    }

    private boolean isDispatcher(Actor actor) {
        return actor != null && actor.role() == Role.HOTLINE_DISPATCHER && centreId.equals(actor.agencyId());
    }

    private void requireDispatcher(Actor actor) {
        if (!isDispatcher(actor)) {
            throw new PortalException(HttpStatus.FORBIDDEN, "hotline-not-dispatcher");
        }
    }

    /** The dispatcher's edit when it passes the check, else the automatic redaction. */
    private static String accepted(
            String field, @Nullable String edit, @Nullable RedactedReply check, RedactedReply automatic, int longest) {
        if (edit == null) {
            return automatic.text();
        }
        String stripped = edit.strip();
        if (stripped.isEmpty()) {
            throw invalid(field, "NotBlank");
        }
        if (stripped.length() > longest) {
            throw invalid(field, "hotline.publication-too-long", longest);
        }
        if (check == null) {
            throw new IllegalArgumentException("An edit of " + field + " is checked before it is approved");
        }
        List<Redaction> refused = check.redactions().stream()
                .filter(found -> found.known() || ALWAYS_REFUSED.contains(found.kind()))
                .toList();
        if (!refused.isEmpty()) {
            String kinds = refused.stream()
                    .map(found -> found.kind().mark())
                    .distinct()
                    .collect(Collectors.joining("、"));
            throw invalid(field, "hotline.publication-personal-data", kinds);
        }
        return stripped;
    }

    private static PortalException invalid(String field, String messageKey, Object... arguments) {
        return new PortalException(
                HttpStatus.BAD_REQUEST, "validation", List.of(new FieldProblem(field, messageKey, arguments)));
    }
}
