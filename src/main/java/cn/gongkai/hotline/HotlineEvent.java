package cn.gongkai.hotline;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One step in the life of a ticket (办理记录): what happened, when to the second, the day in Beijing it happened on
 * (the day working-day periods count from), who did it in which role, and its facts.
 *
 * @param actorAgencyId the agency the actor acted for; null for the person who raised the ticket and the system
 */
public record HotlineEvent(
        int seq,
        HotlineEventType type,
        Instant occurredAt,
        LocalDate occurredOn,
        String actor,
        @Nullable String actorRole,
        @Nullable UUID actorAgencyId,
        Map<String, String> details) {

    public HotlineEvent {
        details = Map.copyOf(details);
    }

    public String detail(String key) {
        return details.get(key);
    }

    public int intDetail(String key) {
        return Integer.parseInt(details.get(key));
    }
}
