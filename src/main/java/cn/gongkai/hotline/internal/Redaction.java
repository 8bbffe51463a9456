package cn.gongkai.hotline.internal;

import java.util.Objects;

/**
 * One removal (一处脱敏) from a reply: its kind, where the removed text was in the original, and where its mark is in
 * the redacted text, so the dispatcher's check can highlight both. It carries no copy of the removed text, so it may
 * be logged; the dispatcher, who may read the original, takes the text from it by position.
 *
 * @param kind what was removed
 * @param start first character of the removed text in the original (inclusive)
 * @param end end of the removed text in the original (exclusive)
 * @param redactedStart first character of the mark in the redacted text
 * @param redactedEnd end of the mark in the redacted text (exclusive)
 * @param known whether it was one of the ticket's own personal facts rather than found by pattern or recognition
 */
public record Redaction(RedactionKind kind, int start, int end, int redactedStart, int redactedEnd, boolean known) {

    public Redaction {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start || redactedStart < 0 || redactedEnd <= redactedStart) {
            throw new IllegalArgumentException("Empty or negative range");
        }
    }

    /** The removed text, for the dispatcher's view of the original only; never for the public board. */
    public String removedFrom(String original) {
        return original.substring(start, end);
    }
}
