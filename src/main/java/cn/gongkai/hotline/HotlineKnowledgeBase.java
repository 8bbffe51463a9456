package cn.gongkai.hotline;

import cn.gongkai.hotline.internal.KnowledgeBaseStore;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The centre's knowledge base (知识库): the answers it gives on its own, found for a text in any wording by the
 * character pairs it shares with an entry's question and keywords, the rarer pairs weighing more.
 */
@Service
public class HotlineKnowledgeBase {

    private final KnowledgeBaseStore store;
    private final HotlineSettings settings;

    HotlineKnowledgeBase(KnowledgeBaseStore store, HotlineSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** An active entry of the centre by its id; empty when there is none. */
    public Mono<KnowledgeEntry> findEntry(UUID id) {
        return store.findActiveEntry(settings.centreCode(), id);
    }

    /** At most {@code limit} entries answering {@code text}, best first; none when nothing matches well enough. */
    public Flux<KnowledgeEntry> answersTo(String text, int limit) {
        if (text == null || text.isBlank()) {
            return Flux.empty();
        }
        return store.findAnswers(settings.centreCode(), text, limit);
    }
}
