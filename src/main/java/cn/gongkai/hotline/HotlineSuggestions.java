package cn.gongkai.hotline;

import cn.gongkai.hotline.internal.EmergencyWording;
import cn.gongkai.hotline.internal.RedirectWording;
import jakarta.annotation.Nullable;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * What the intake form shows while a person types (智能提示): a notice to call 110/119/120/122 when the text tells of
 * an emergency, the channel a matter belongs to when it is not the hotline's (disclosure, litigation,
 * reconsideration, petition), and knowledge-base answers that may settle it at once.
 */
@Service
public class HotlineSuggestions {

    /** The most answers shown under the form. */
    public static final int MAX_ANSWERS = 5;

    private final HotlineKnowledgeBase knowledgeBase;

    HotlineSuggestions(HotlineKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /** What to show for the text typed so far, a ticket of {@code type} (not chosen yet when null). */
    public Mono<Suggestions> forText(@Nullable String text, @Nullable HotlineType type) {
        Set<EmergencyKind> emergency = EmergencyWording.in(text);
        List<RedirectKind> redirects = List.copyOf(RedirectWording.in(text));
        // A suggestion asks for a change; no standing answer settles it.
        Mono<List<KnowledgeEntry>> answers = type == HotlineType.SUGGESTION || text == null
                ? Mono.just(List.of())
                : knowledgeBase.answersTo(text, MAX_ANSWERS).collectList();
        return answers.map(
                found -> new Suggestions(emergency.isEmpty() ? null : Emergency.of(emergency), redirects, found));
    }

    /** What the form shows; {@code emergency} is null when the text tells of none. */
    public record Suggestions(
            @Nullable Emergency emergency, List<RedirectKind> redirects, List<KnowledgeEntry> answers) {}

    /** The emergencies the text tells of and the numbers to call, each once, in the order of the numbers. */
    public record Emergency(List<EmergencyKind> kinds, List<EmergencyNumber> numbers) {

        static Emergency of(Set<EmergencyKind> kinds) {
            return new Emergency(
                    List.copyOf(kinds),
                    kinds.stream()
                            .flatMap(kind -> kind.numbers().stream())
                            .distinct()
                            .sorted(Comparator.comparing(EmergencyNumber::number))
                            .toList());
        }
    }
}
