package cn.gongkai.hotline.internal;

import java.util.List;
import java.util.Objects;

/**
 * A reply with personal data removed (脱敏后的答复), ready for the dispatcher's check before the board shows it.
 *
 * @param text the reply with each removed item replaced by the mark of its kind
 * @param redactions what was removed, in the order of the text
 */
public record RedactedReply(String text, List<Redaction> redactions) {

    public RedactedReply {
        Objects.requireNonNull(text, "text");
        redactions = List.copyOf(redactions);
    }

    public boolean removedAnything() {
        return !redactions.isEmpty();
    }
}
