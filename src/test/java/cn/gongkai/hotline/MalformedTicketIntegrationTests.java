package cn.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.MalformedBodies;
import cn.gongkai.identity.RoleGrants;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A thousand generated malformed tickets: every one is answered with a 4xx problem or taken in whole, never a 500, and
 * none leaves a row behind (tickets, timelines, attachments and idempotency keys counted before and after).
 */
@IntegrationTest
class MalformedTicketIntegrationTests {

    private static final int TRIES = 1000;
    private static final List<String> PATHS = List.of(
            "type",
            "categoryCode",
            "title",
            "description",
            "place",
            "place.regionId",
            "place.address",
            "happenedOn",
            "attachmentIds",
            "publishReply",
            "submitter",
            "submitter.kind",
            "submitter.name",
            "submitter.phone",
            "submitter.enterpriseName",
            "submitter.creditCode",
            "answeredByEntryId",
            "unexpected");

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Autowired
    RoleGrants grants;

    @Test
    void noMalformedTicketCausesAServerErrorOrAPartialRecord() {
        HotlineTestData.prepare(database, grants);
        List<String> bodies = MalformedBodies.generate(
                HotlineTestData.enterpriseComplaint("生成的工单"),
                PATHS,
                100,
                "0123456789ABCDEFGHJKLMNPQRTUWXY- ",
                List.of(
                        "ENQUIRY",
                        "complaint",
                        "ANONYMOUS",
                        "ENTERPRISE",
                        "2099-01-01",
                        "2026-02-30",
                        "00000000-0000-4000-8000-420100000000",
                        UUID.randomUUID().toString(),
                        "TEST-RETIRED",
                        "13812345678",
                        "91340600MA2N0XQX5X"),
                TRIES);
        Map<String, Long> before = counts();
        // Signed in, so that the anonymous intake limit does not stand between the test and what it checks.
        int accepted = MalformedBodies.postEach(Api.as(HotlineTestData.CITIZEN, port), "/api/hotline/tickets", bodies);
        Map<String, Long> after = counts();
        assertThat(after.get("tickets")).isEqualTo(before.get("tickets") + accepted);
        assertThat(after.get("keys")).isEqualTo(before.get("keys") + accepted);
        // Each ticket taken in has its receipt on its timeline, and only tickets taken in have timelines.
        assertThat(after.get("orphans")).isZero();
        assertThat(accepted).as("nearly every damaged ticket is refused").isLessThan(TRIES / 4);
    }

    private Map<String, Long> counts() {
        return Map.of(
                "tickets", count("select count(*) as n from hotline_ticket"),
                "keys", count("select count(*) as n from hotline_submission_key"),
                "orphans",
                        count("select count(*) as n from hotline_ticket t where not exists "
                                + "(select 1 from hotline_event e where e.ticket_id = t.id and e.seq = 1)"));
    }

    private long count(String sql) {
        return database.sql(sql).map(row -> row.get("n", Long.class)).one().block();
    }
}
