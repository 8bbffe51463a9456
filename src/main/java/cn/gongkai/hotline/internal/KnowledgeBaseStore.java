package cn.gongkai.hotline.internal;

import cn.gongkai.hotline.KnowledgeEntry;
import io.r2dbc.spi.Readable;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The knowledge base's entries and its search. Terms are the database's {@code hotline_bigrams} of the question and
 * keywords (a generated column), and of the searched text with the same function, so both follow one rule.
 */
@Repository
public class KnowledgeBaseStore {

    /**
     * Below this total weight of shared terms an entry is not offered: a term found in one entry in fifty, or two of
     * middling frequency, pass; terms most entries share do not (the words every question is made of are not terms).
     */
    static final double MIN_WEIGHT = 3.9;

    private final DatabaseClient database;

    KnowledgeBaseStore(DatabaseClient database) {
        this.database = database;
    }

    public Mono<KnowledgeEntry> findActiveEntry(String centreCode, UUID id) {
        return database.sql("""
                        select id, matter_code, question, answer, basis from hotline_knowledge_entry
                        where id = :id and active and centre_id = (select id from agency where code = :centre)
                        """)
                .bind("id", id)
                .bind("centre", centreCode)
                .map(KnowledgeBaseStore::entry)
                .one();
    }

    /**
     * The entries sharing terms with {@code text}, found through the GIN index by overlap, each shared term weighted
     * by its rarity among the centre's entries (ln(1 + entries / entries holding it)); ranked by that weight over
     * the square root of the entry's own number of terms, so a short question that the text covers comes before a
     * long one it only touches. The entries holding a term of the text all overlap it, so its frequency is counted
     * among the candidates alone.
     */
    public Flux<KnowledgeEntry> findAnswers(String centreCode, String text, int limit) {
        return database.sql("""
                        with centre as (select id from agency where code = :centre),
                        query as (select hotline_bigrams(:text) as terms),
                        candidates as (
                            select e.id, e.matter_code, e.question, e.answer, e.basis, e.bigrams
                            from hotline_knowledge_entry e, centre, query
                            where e.active and e.centre_id = centre.id and e.bigrams && query.terms),
                        shared as (
                            select c.id, t.term
                            from candidates c, query, unnest(c.bigrams) as t (term)
                            where t.term = any (query.terms)),
                        entries as (
                            select count(*)::float8 as n from hotline_knowledge_entry e, centre
                            where e.active and e.centre_id = centre.id),
                        weight as (
                            select term, ln(1 + entries.n / count(*)) as weight
                            from shared, entries group by term, entries.n),
                        scored as (
                            select shared.id, sum(weight.weight) as weight
                            from shared join weight using (term) group by shared.id)
                        select c.id, c.matter_code, c.question, c.answer, c.basis
                        from scored join candidates c using (id)
                        where scored.weight >= :minimum
                        order by scored.weight / sqrt(cardinality(c.bigrams)) desc, c.question
                        limit :limit
                        """)
                .bind("centre", centreCode)
                .bind("text", text)
                .bind("minimum", MIN_WEIGHT)
                .bind("limit", limit)
                .map(KnowledgeBaseStore::entry)
                .all();
    }

    private static KnowledgeEntry entry(Readable row) {
        return new KnowledgeEntry(
                row.get("id", UUID.class),
                row.get("matter_code", String.class),
                row.get("question", String.class),
                row.get("answer", String.class),
                row.get("basis", String.class));
    }
}
