package cn.gongkai.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One step in the life of a request (办理记录): what happened, on which day it legally happened (which
 * may be earlier than when it was recorded, for paper received by post), who recorded it, and its facts.
 */
public record DisclosureEvent(
        int seq,
        DisclosureEventType type,
        LocalDate occurredOn,
        Instant recordedAt,
        String actor,
        String actorRole,
        Map<String, String> details) {

    public DisclosureEvent {
        details = Map.copyOf(details);
    }

    public String detail(String key) {
        return details.get(key);
    }

    public LocalDate dateDetail(String key) {
        String value = details.get(key);
        return value == null ? null : LocalDate.parse(value);
    }

    public int intDetail(String key) {
        return Integer.parseInt(details.get(key));
    }
}
