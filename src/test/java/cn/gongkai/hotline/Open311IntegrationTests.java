package cn.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.TestClock;
import cn.gongkai.identity.RoleGrants;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The portal's side of Open311: keys only the system administrator issues and revokes, stored as hashes and
 * audited; a partner's request taken in like any ticket (audited with the partner as who acted, idempotent, its
 * person able to follow it with the query code on the portal); tokens; the per-key limit. Every answer is checked
 * against the OpenAPI document.
 */
@IntegrationTest
class Open311IntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Autowired
    RoleGrants grants;

    @Autowired
    TestClock clock;

    @BeforeEach
    void prepare() {
        HotlineTestData.prepare(database, grants);
    }

    @Test
    void onlyTheAdministratorIssuesAndRevokesKeysWhichAreKeptAsHashesAndAudited() {
        Api.as(HotlineTestData.DISPATCHER, port)
                .post()
                .uri("/api/admin/open311/keys")
                .bodyValue(Map.of("name", "不该有的平台"))
                .exchange()
                .expectStatus()
                .isForbidden();
        Api.anonymous(port)
                .get()
                .uri("/api/admin/open311/keys")
                .exchange()
                .expectStatus()
                .isUnauthorized();

        Map<?, ?> issued = Api.as("admin", port)
                .post()
                .uri("/api/admin/open311/keys")
                .bodyValue(Map.of("name", "相山区12345平台"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        String key = issued.get("apiKey").toString();
        String id = issued.get("id").toString();
        assertThat(key)
                .hasSizeGreaterThanOrEqualTo(43)
                .startsWith(issued.get("prefix").toString());
        assertThat(database.sql("select count(*) as n from open311_key where key_hash like :key or key_hash = :key")
                        .bind("key", "%" + key + "%")
                        .map(row -> row.get("n", Long.class))
                        .one()
                        .block())
                .as("the key itself is not stored")
                .isZero();

        List<?> listed = Api.as("admin", port)
                .get()
                .uri("/api/admin/open311/keys")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(List.class)
                .returnResult()
                .getResponseBody();
        Map<?, ?> mine = listed.stream()
                .map(Map.class::cast)
                .filter(entry -> entry.get("id").equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(mine.get("apiKey")).as("shown once only").isNull();
        assertThat(mine.get("createdBy")).isEqualTo("admin");

        Api.as("admin", port)
                .post()
                .uri("/api/admin/open311/keys/" + id + "/revoke")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.revoked")
                .isEqualTo(true)
                .jsonPath("$.revokedBy")
                .isEqualTo("admin");
        Api.as("admin", port)
                .post()
                .uri("/api/admin/open311/keys/" + id + "/revoke")
                .exchange()
                .expectStatus()
                .isNotFound();
        assertThat(audited("open311.key-issued", id)).isEqualTo(1);
        assertThat(audited("open311.key-revoked", id)).isEqualTo(1);
    }

    @Test
    void aPartnersRequestIsATicketAuditedWithThePartnerIdempotentAndFollowedWithItsQueryCode() {
        String key = Open311ClientIntegrationTests.issueKey(port, "烈山区便民APP");
        WebTestClient open311 = Api.anonymous(port);
        MultiValueMap<String, String> form = form(key, "烈山区某某路口路灯不亮，夜间行人看不清。" + UUID.randomUUID());
        form.add("attribute[type]", "HELP");
        long before = HotlineTestData.count(database);

        Map<?, ?> created = post(open311, form, null);
        String number = created.get("service_request_id").toString();
        assertThat(post(open311, form, null).get("service_request_id"))
                .as("the same form again the same day is a retry")
                .isEqualTo(number);
        assertThat(HotlineTestData.count(database)).isEqualTo(before + 1);

        // A partner's own retry key: a second use with another body is refused in GeoReport's format.
        String retryKey = UUID.randomUUID().toString();
        String second = post(open311, form(key, "另一处路灯不亮。" + UUID.randomUUID()), retryKey)
                .get("service_request_id")
                .toString();
        assertThat(post(open311, form(key, "另一处路灯不亮。" + UUID.randomUUID()), retryKey))
                .isNull();
        assertThat(second).isNotEqualTo(number);

        Map<String, Object> ticket =
                database.sql("""
                        select t.type, t.submitter_kind, t.contact_name, t.contact_phone, r.key_id
                        from hotline_ticket t join open311_request r on r.ticket_id = t.id where t.number = :number
                        """).bind("number", number).fetch().one().block();
        assertThat(ticket.get("type")).isEqualTo("HELP");
        assertThat(ticket.get("submitter_kind")).isEqualTo("ANONYMOUS");
        assertThat(ticket.get("contact_name").toString()).as("encrypted").doesNotContain("王");
        assertThat(ticket.get("contact_phone").toString()).as("encrypted").doesNotContain("13812345678");
        Map<String, Object> audit =
                database.sql("""
                        select actor, details from audit_record where action = 'hotline.received' and target_id = :number
                        """).bind("number", number).fetch().one().block();
        assertThat(audit.get("actor").toString()).isEqualTo("open311:" + ticket.get("key_id"));
        assertThat(audit.get("details").toString()).contains("\"channel\":\"OPEN311\"");

        // The person follows the ticket on the portal with the query code the partner passed on.
        String notice = created.get("service_notice").toString();
        String queryCode = notice.replaceAll("(?s).*查询码 ([0-9A-Z]{12}).*", "$1");
        HotlineTestData.anonymous(port)
                .get()
                .uri("/api/hotline/tickets/" + number)
                .header("X-Query-Code", queryCode)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("HELP")
                .jsonPath("$.place.region.name")
                .isEqualTo("淮北市烈山区");

        // The partner follows it through the closed loop: dispatched, replied to, rated by the person, closed.
        HotlineTestData.act(
                        port,
                        HotlineTestData.DISPATCHER,
                        number,
                        "dispatch",
                        Map.of(
                                "leadDepartmentId",
                                HotlineTestData.STHJ,
                                "assistingDepartmentIds",
                                List.of(),
                                "urgent",
                                false))
                .expectStatus()
                .isOk();
        Map<?, ?> dispatched = read(open311, number, key);
        assertThat(dispatched.get("status")).isEqualTo("open");
        assertThat(dispatched.get("agency_responsible")).isEqualTo("淮北市生态环境局");
        assertThat(dispatched.get("status_notes").toString()).contains("已派单").contains("淮北市生态环境局");
        assertThat(dispatched.get("expected_datetime").toString()).endsWith("T23:59:59+08:00");

        HotlineTestData.act(port, HotlineTestData.HANDLER_STHJ, number, "accept", Map.of())
                .expectStatus()
                .isOk();
        HotlineTestData.act(
                        port,
                        HotlineTestData.HANDLER_STHJ,
                        number,
                        "reply",
                        Map.of("text", "已安排维修，路灯已恢复照明。", "attachmentIds", List.of()))
                .expectStatus()
                .isOk();
        Map<?, ?> replied = read(open311, number, key);
        assertThat(replied.get("status_notes").toString()).contains("已答复");
        assertThat(replied.get("expected_datetime")).isNull();

        // The rating comes an hour later, so the request's update is told apart from its receipt to the second.
        clock.set(clock.instant().plusSeconds(3600));
        HotlineTestData.anonymous(port)
                .post()
                .uri("/api/hotline/tickets/" + number + "/rating")
                .header("X-Query-Code", queryCode)
                .bodyValue(Map.of("rating", "SATISFIED", "comment", ""))
                .exchange()
                .expectStatus()
                .isOk();
        Map<?, ?> closed = read(open311, number, key);
        assertThat(closed.get("status")).isEqualTo("closed");
        assertThat(closed.get("updated_datetime")).isNotEqualTo(closed.get("requested_datetime"));
    }

    private static Map<?, ?> read(WebTestClient client, String number, String key) {
        return (Map<?, ?>) client.get()
                .uri("/open311/v2/requests/" + number + ".json?api_key=" + key)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(List.class)
                .returnResult()
                .getResponseBody()
                .get(0);
    }

    @Test
    void aTokenStandsForItsRequest() {
        String key = Open311ClientIntegrationTests.issueKey(port, "杜集区平台");
        String number = post(Api.anonymous(port), form(key, "杜集区某小区垃圾无人清运。" + UUID.randomUUID()), null)
                .get("service_request_id")
                .toString();
        UUID token = database.sql("select r.token from open311_request r join hotline_ticket t on t.id = r.ticket_id"
                        + " where t.number = :number")
                .bind("number", number)
                .map(row -> row.get("token", UUID.class))
                .one()
                .block();
        Api.anonymous(port)
                .get()
                .uri("/open311/v2/tokens/" + token + ".json")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[0].service_request_id")
                .isEqualTo(number)
                .jsonPath("$[0].token")
                .isEqualTo(token.toString());
    }

    @Test
    void aKeyIsLimitedWhereverItsRequestsComeFrom() {
        String key = Open311ClientIntegrationTests.issueKey(port, "频繁调用的平台");
        WebTestClient client =
                WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
        int status = 200;
        for (int i = 0; i < 700 && status == 200; i++) {
            status = client.get()
                    .uri("/open311/v2/requests.json?service_request_id=X&api_key=" + key)
                    .header("X-Forwarded-For", HotlineTestData.randomAddress())
                    .exchange()
                    .returnResult(String.class)
                    .getStatus()
                    .value();
        }
        assertThat(status).isEqualTo(429);
        client.get()
                .uri("/open311/v2/requests.json?service_request_id=X&api_key=" + key)
                .exchange()
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .exists("Retry-After")
                .expectBody()
                .jsonPath("$[0].code")
                .isEqualTo(429);
    }

    private static MultiValueMap<String, String> form(String key, String description) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("api_key", key);
        form.add("service_code", HotlineTestData.MATTER_ENVIRONMENT);
        form.add("address_string", "淮北市烈山区某某路与某某街交叉口");
        form.add("description", description);
        form.add("first_name", "明");
        form.add("last_name", "王");
        form.add("phone", "13812345678");
        return form;
    }

    /** The first request of the answer; null when refused with 422 (a retry key used for another body). */
    private static Map<?, ?> post(WebTestClient client, MultiValueMap<String, String> form, String retryKey) {
        var request = client.post().uri("/open311/v2/requests.json");
        if (retryKey != null) {
            request = request.header("Idempotency-Key", retryKey);
        }
        var result = request.body(BodyInserters.fromFormData(form))
                .exchange()
                .expectBody(List.class)
                .returnResult();
        if (result.getStatus().value() == 422) {
            assertThat(((Map<?, ?>) result.getResponseBody().get(0)).get("code"))
                    .isEqualTo(422);
            return null;
        }
        assertThat(result.getStatus().value()).isEqualTo(200);
        return (Map<?, ?>) result.getResponseBody().get(0);
    }

    private long audited(String action, String target) {
        return database.sql("select count(*) as n from audit_record where action = :action and target_id = :target")
                .bind("action", action)
                .bind("target", target)
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
    }
}
