package cn.gongkai.identity;

import cn.gongkai.audit.AuditEntry;
import cn.gongkai.audit.AuditTrail;
import cn.gongkai.platform.NotFoundException;
import io.r2dbc.spi.Readable;
import jakarta.annotation.Nullable;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The agency directory (机关名录): every question other modules ask about agencies. */
@Service
public class Agencies {

    private static final String COLUMNS = "id, code, name, name_en, short_name, kind, parent_id, region_code, address, "
            + "postal_code, phone, email, website, office_hours";

    private final DatabaseClient database;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;

    Agencies(DatabaseClient database, AuditTrail audit, TransactionalOperator transaction) {
        this.database = database;
        this.audit = audit;
        this.transaction = transaction;
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

    /**
     * Sets or, given none, clears the agency's English name ({@link Agency#englishName}), as the system administrator
     * who keeps the directory; the agency as it now stands, or a 404 problem.
     */
    public Mono<Agency> nameInEnglish(String code, @Nullable String nameEn) {
        String name = Agency.englishName(nameEn);
        return getByCode(code)
                .flatMap(agency -> named(
                                database.sql("update agency set name_en = :name where id = :id")
                                        .bind("id", agency.id()),
                                name)
                        .fetch()
                        .rowsUpdated()
                        .then(audit.record(AuditEntry.succeeded("identity.agency-named-in-english", "agency", code)
                                .as(Role.SYSTEM_ADMINISTRATOR.name(), null)
                                .with(Map.of("nameEn", name == null ? "" : name))))
                        .then(findById(agency.id())))
                .as(transaction::transactional);
    }

    private static DatabaseClient.GenericExecuteSpec named(
            DatabaseClient.GenericExecuteSpec statement, @Nullable String name) {
        return name == null ? statement.bindNull("name", String.class) : statement.bind("name", name);
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
                row.get("name_en", String.class),
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
