package cn.gongkai.identity;

import io.r2dbc.spi.Readable;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** People known to the portal and their role grants. */
@Service
public class PortalUsers {

    private final DatabaseClient database;
    private final TransactionalOperator transaction;

    PortalUsers(DatabaseClient database, TransactionalOperator transaction) {
        this.database = database;
        this.transaction = transaction;
    }

    /**
     * The person behind an identity provider's subject, recorded on first sight with the citizen
     * role: anyone may sign in as a citizen; every other role is granted by an administrator.
     */
    public Mono<PortalUser> signedIn(String subject, String displayName, String email) {
        Mono<Void> upsert = database.sql("""
                        insert into portal_user (id, subject, display_name, email, last_login_at)
                        values (:id, :subject, :name, :email, now())
                        on conflict (subject) do update set last_login_at = now()
                        """)
                .bind("id", UUID.randomUUID())
                .bind("subject", subject)
                .bind("name", displayName == null || displayName.isBlank() ? subject : displayName)
                .bind("email", email == null ? "" : email)
                .then();
        Mono<Void> citizenByDefault = database.sql("""
                        insert into role_grant (id, user_id, role, agency_id, granted_by)
                        select :id, u.id, 'CITIZEN', null, 'sign-in' from portal_user u
                        where u.subject = :subject
                          and not exists (select 1 from role_grant g where g.user_id = u.id)
                        """)
                .bind("id", UUID.randomUUID())
                .bind("subject", subject)
                .then();
        return upsert.then(citizenByDefault).then(findBySubject(subject)).as(transaction::transactional);
    }

    public Mono<PortalUser> findBySubject(String subject) {
        return database.sql("""
                        select u.id, u.subject, u.display_name, g.role, g.agency_id, a.name as agency_name
                        from portal_user u
                        left join role_grant g on g.user_id = u.id
                        left join agency a on a.id = g.agency_id
                        where u.subject = :subject order by g.role, a.code
                        """)
                .bind("subject", subject)
                .map(row -> new PersonRow(
                        new PortalUser(
                                row.get("id", UUID.class),
                                row.get("subject", String.class),
                                row.get("display_name", String.class),
                                List.of()),
                        row.get("role", String.class) == null ? null : grant(row)))
                .all()
                .collectList()
                .filter(rows -> !rows.isEmpty())
                .map(rows -> {
                    PortalUser person = rows.get(0).person();
                    List<RoleGrant> grants = rows.stream()
                            .map(PersonRow::grant)
                            .filter(Objects::nonNull)
                            .toList();
                    return new PortalUser(person.id(), person.subject(), person.displayName(), grants);
                });
    }

    /** A row of the person joined with one of their grants, or with none when they hold none. */
    private record PersonRow(PortalUser person, @Nullable RoleGrant grant) {}

    private static RoleGrant grant(Readable row) {
        return new RoleGrant(
                Role.valueOf(row.get("role", String.class)),
                row.get("agency_id", UUID.class),
                row.get("agency_name", String.class));
    }
}
