package cn.gongkai.identity;

import cn.gongkai.platform.NotFoundException;
import io.r2dbc.spi.Readable;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The agency directory (机关名录): every question other modules ask about agencies. */
@Service
public class Agencies {

    private static final String COLUMNS = "id, code, name, short_name, kind, parent_id, region_code, address, "
            + "postal_code, phone, email, website, office_hours";

    private final DatabaseClient database;

    Agencies(DatabaseClient database) {
        this.database = database;
    }

    /** Every agency, parents before children, in the order of their codes. */
    public Flux<Agency> findAll() {
        return database.sql("select " + COLUMNS + " from agency order by region_code, code")
                .map(Agencies::agency)
                .all();
    }

    public Mono<Agency> findById(UUID id) {
        return database.sql("select " + COLUMNS + " from agency where id = :id")
                .bind("id", id)
                .map(Agencies::agency)
                .one();
    }

    public Mono<Agency> findByCode(String code) {
        return database.sql("select " + COLUMNS + " from agency where code = :code")
                .bind("code", code)
                .map(Agencies::agency)
                .one();
    }

    /** The agency with that code, or a 404 problem. */
    public Mono<Agency> getByCode(String code) {
        return findByCode(code).switchIfEmpty(Mono.error(() -> new NotFoundException("agency", code)));
    }

    public Flux<Agency> findChildrenOf(UUID parentId) {
        return database.sql("select " + COLUMNS + " from agency where parent_id = :parent order by code")
                .bind("parent", parentId)
                .map(Agencies::agency)
                .all();
    }

    /**
     * Where an applicant seeks remedies against the agency's acts: the reconsideration body configured for it, or
     * else the one its place in the directory gives ({@link RemedyBodies#reconsiderationBodyOf}); and its competent
     * court, if configured.
     */
    public Mono<RemedyBodies> remedyBodiesOf(UUID agencyId) {
        return database.sql("""
                        with recursive up (id, depth) as (
                            select id, 0 from agency where id = :id
                            union all
                            select a.parent_id, up.depth + 1 from up join agency a on a.id = up.id
                            where a.parent_id is not null)
                        select %s, reconsideration_body, competent_court
                        from up join agency using (id) order by up.depth
                        """.formatted(COLUMNS))
                .bind("id", agencyId)
                .map(row -> new Configured(
                        agency(row),
                        row.get("reconsideration_body", String.class),
                        row.get("competent_court", String.class)))
                .all()
                .collectList()
                .filter(chain -> !chain.isEmpty())
                .map(chain -> {
                    Configured own = chain.get(0);
                    String reconsiderationBody = own.reconsiderationBody() != null
                            ? own.reconsiderationBody()
                            : RemedyBodies.reconsiderationBodyOf(
                                    own.agency(),
                                    chain.subList(1, chain.size()).stream()
                                            .map(Configured::agency)
                                            .toList());
                    return new RemedyBodies(reconsiderationBody, own.competentCourt());
                });
    }

    /** An agency with the remedy bodies configured for it. */
    private record Configured(Agency agency, String reconsiderationBody, String competentCourt) {}

    private static Agency agency(Readable row) {
        return new Agency(
                row.get("id", UUID.class),
                row.get("code", String.class),
                row.get("name", String.class),
                row.get("short_name", String.class),
                AgencyKind.valueOf(row.get("kind", String.class)),
                row.get("parent_id", UUID.class),
                row.get("region_code", String.class),
                row.get("address", String.class),
                row.get("postal_code", String.class),
                row.get("phone", String.class),
                row.get("email", String.class),
                row.get("website", String.class),
                row.get("office_hours", String.class));
    }
}
