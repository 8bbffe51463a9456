package cn.gongkai.hotline;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A page of the reply board (回复公开栏), and how many published replies match in all. */
public record HotlineBoardPage(List<Item> items, long total) {

    /** One published reply, with the redacted question it answers. */
    public record Item(
            String number,
            HotlineType type,
            String categoryCode,
            String categoryName,
            UUID departmentId,
            String departmentName,
            String title,
            String question,
            String reply,
            Instant receivedAt,
            Instant repliedAt,
            Instant publishedAt,
            @Nullable HotlineRating rating) {}
}
