package cn.gongkai.hotline;

import cn.gongkai.shared.SameText;
import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the person told the hotline (诉求内容): the facts of a ticket that its rules do not depend on, kept beside the
 * {@link HotlineTicket} aggregate. Checked before it gets here.
 *
 * @param regionId the centre's government or one of its districts and counties where it happened
 * @param attachmentIds the files the person attached, in their order
 * @param publishReply whether the person agrees that the reply may be published on the board (答复公开)
 */
public record HotlineSubmission(
        HotlineType type,
        String categoryCode,
        String title,
        String description,
        UUID regionId,
        @Nullable String address,
        @Nullable LocalDate happenedOn,
        List<UUID> attachmentIds,
        boolean publishReply,
        HotlineSubmitterKind submitterKind,
        @Nullable String contactName,
        @Nullable String contactPhone,
        @Nullable String enterpriseName,
        @Nullable String creditCode) {

    public HotlineSubmission {
        attachmentIds = List.copyOf(attachmentIds);
    }

    /** What two tickets share when the person told the same thing: the description reduced by {@link SameText}. */
    public String sameText() {
        return SameText.of(description);
    }
}
