package cn.gongkai.hotline.internal;

import cn.gongkai.hotline.HotlineMatter;
import io.r2dbc.spi.Readable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The dispatch catalogue's matters, read with their lead department's name. */
@Repository
public class HotlineCatalogueStore {

    private static final String MATTERS = """
            select m.code, m.name, m.field, m.business_environment, m.keywords,
                   lead.id as lead_id, lead.name as lead_name, lead.name_en as lead_name_en
            from hotline_matter m
            join agency lead on lead.id = m.lead_department_id
            """;

    private static final String SELECT =
            MATTERS + " where m.active and m.centre_id = (select id from agency where code = :centre)";

    private final DatabaseClient database;

    HotlineCatalogueStore(DatabaseClient database) {
        this.database = database;
    }

    public Flux<HotlineMatter> findActiveMatters(String centreCode) {
        return database.sql(SELECT + " order by m.field, m.code")
                .bind("centre", centreCode)
                .map(HotlineCatalogueStore::matter)
                .all();
    }

    public Mono<HotlineMatter> findActiveMatter(String centreCode, String code) {
        return database.sql(SELECT + " and m.code = :code")
                .bind("centre", centreCode)
                .bind("code", code)
                .map(HotlineCatalogueStore::matter)
                .one();
    }

    /** A matter by its code, retired or not. */
    public Mono<HotlineMatter> findMatter(String code) {
        return database.sql(MATTERS + " where m.code = :code")
                .bind("code", code)
                .map(HotlineCatalogueStore::matter)
                .one();
    }

    private static HotlineMatter matter(Readable row) {
        String keywords = row.get("keywords", String.class);
        List<String> words = keywords == null || keywords.isBlank()
                ? List.of()
                : Arrays.stream(keywords.trim().split("\\s+")).toList();
        return new HotlineMatter(
                row.get("code", String.class),
                row.get("name", String.class),
                row.get("field", String.class),
                new HotlineMatter.Department(
                        row.get("lead_id", UUID.class),
                        row.get("lead_name", String.class),
                        row.get("lead_name_en", String.class)),
                Boolean.TRUE.equals(row.get("business_environment", Boolean.class)),
                words);
    }
}
