package cn.gongkai.identity;

import cn.gongkai.audit.AuditEntry;
import cn.gongkai.audit.AuditTrail;
import cn.gongkai.platform.ConflictException;
import cn.gongkai.platform.NotFoundException;
import cn.gongkai.platform.PortalException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Granting and listing roles (授权管理): the system administrator's work, every grant audited. */
@Service
public class RoleGrants {

    /** Stands for "no agency" where a reactive value cannot be null. */
    private static final UUID NO_AGENCY = new UUID(0, 0);

    private final DatabaseClient database;
    private final Agencies agencies;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;
    private final PortalUsers users;

    RoleGrants(
            DatabaseClient database,
            Agencies agencies,
            AuditTrail audit,
            TransactionalOperator transaction,
            PortalUsers users) {
        this.database = database;
        this.users = users;
        this.agencies = agencies;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** A grant as shown to administrators and to the staff of the agency. */
    public record StaffMember(String subject, String displayName, Role role, String agencyCode) {}

    public Mono<PortalUser> grant(String subject, Role role, String agencyCode) {
        if (role.isAgencyScoped() == (agencyCode == null || agencyCode.isBlank())) {
            return Mono.error(new PortalException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    List.of(new PortalException.FieldProblem(
                            "agencyCode", role.isAgencyScoped() ? "NotBlank" : "field.unknown"))));
        }
        Mono<UUID> agencyId =
                role.isAgencyScoped() ? agencies.getByCode(agencyCode).map(Agency::id) : Mono.just(NO_AGENCY);
        return agencyId.flatMap(id -> {
                    UUID agency = role.isAgencyScoped() ? id : null;
                    return insert(subject, role, agency)
                            .then(audit.record(AuditEntry.succeeded("identity.role-granted", "portal_user", subject)
                                    .as(Role.SYSTEM_ADMINISTRATOR.name(), agency)
                                    .with(Map.of("role", role.name(), "agency", agency == null ? "" : agencyCode))));
                })
                .then(users.findBySubject(subject))
                .as(transaction::transactional);
    }

    private Mono<Void> insert(String subject, Role role, UUID agency) {
        var statement = database.sql("""
                        insert into role_grant (id, user_id, role, agency_id, granted_by)
                        select :id, u.id, :role, :agency, 'admin' from portal_user u where u.subject = :subject
                        on conflict do nothing
                        """)
                .bind("id", UUID.randomUUID())
                .bind("role", role.name())
                .bind("subject", subject);
        statement = agency == null ? statement.bindNull("agency", UUID.class) : statement.bind("agency", agency);
        return statement
                .fetch()
                .rowsUpdated()
                .flatMap(inserted -> inserted == 1 ? Mono.<Void>empty() : explainRefusal(subject, role));
    }

    private Mono<Void> explainRefusal(String subject, Role role) {
        return database.sql("select 1 from portal_user where subject = :subject")
                .bind("subject", subject)
                .fetch()
                .first()
                .flatMap(
                        exists -> Mono.<Void>error(new ConflictException("role-already-granted", subject, role.name())))
                .switchIfEmpty(Mono.error(new NotFoundException("user", subject)));
    }

    /** The people holding staff roles in one agency. */
    public Flux<StaffMember> staffOf(UUID agencyId) {
        return database.sql("""
                        select u.subject, u.display_name, g.role, a.code
                        from role_grant g join portal_user u on u.id = g.user_id join agency a on a.id = g.agency_id
                        where g.agency_id = :agency order by g.role, u.display_name
                        """)
                .bind("agency", agencyId)
                .map(row -> new StaffMember(
                        row.get("subject", String.class),
                        row.get("display_name", String.class),
                        Role.valueOf(row.get("role", String.class)),
                        row.get("code", String.class)))
                .all();
    }
}
