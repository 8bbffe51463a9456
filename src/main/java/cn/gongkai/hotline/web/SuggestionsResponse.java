package cn.gongkai.hotline.web;

import cn.gongkai.hotline.EmergencyKind;
import cn.gongkai.hotline.HotlineSuggestions.Suggestions;
import cn.gongkai.hotline.KnowledgeEntry;
import cn.gongkai.hotline.RedirectKind;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;

/**
 * What the intake form shows under the text typed so far.
 *
 * @param emergency null unless the text tells of an emergency, which the person must report by the numbers given
 * @param redirects the channels the matter belongs to instead of the hotline
 * @param answers knowledge-base answers, best first, at most five
 */
public record SuggestionsResponse(
        @Nullable EmergencyNotice emergency, List<SuggestedRedirect> redirects, List<SuggestedAnswer> answers) {

    /** The emergencies the text tells of and the numbers to call, in the order of the numbers. */
    public record EmergencyNotice(List<EmergencyKind> kinds, List<EmergencyCall> numbers) {}

    /** An emergency number and what it is for, in the reader's language. */
    public record EmergencyCall(String number, String name) {}

    /**
     * A channel other than the hotline.
     *
     * @param path where on this portal the person continues, or null when the channel is outside it
     */
    public record SuggestedRedirect(
            RedirectKind kind, @Nullable String path) {}

    /** A knowledge-base answer and the policy it rests on. */
    public record SuggestedAnswer(
            UUID id,
            String question,
            String answer,
            String basis,
            @Nullable String matterCode) {

        static SuggestedAnswer of(KnowledgeEntry entry) {
            return new SuggestedAnswer(entry.id(), entry.question(), entry.answer(), entry.basis(), entry.matterCode());
        }
    }

    static SuggestionsResponse of(Suggestions suggestions, MessageSource messages, Locale locale) {
        EmergencyNotice emergency = suggestions.emergency() == null
                ? null
                : new EmergencyNotice(
                        suggestions.emergency().kinds(),
                        suggestions.emergency().numbers().stream()
                                .map(number -> new EmergencyCall(
                                        number.number(),
                                        messages.getMessage(
                                                "hotline.emergency-number." + number.number(), null, locale)))
                                .toList());
        return new SuggestionsResponse(
                emergency,
                suggestions.redirects().stream()
                        .map(kind -> new SuggestedRedirect(kind, kind.path()))
                        .toList(),
                suggestions.answers().stream().map(SuggestedAnswer::of).toList());
    }
}
