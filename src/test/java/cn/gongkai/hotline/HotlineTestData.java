package cn.gongkai.hotline;

import cn.gongkai.Api;
import cn.gongkai.identity.Role;
import cn.gongkai.identity.RoleGrants;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.ResponseCookie;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Tickets as a browser posts them, the matters and knowledge-base answers they name (written here, since the demo
 * catalogue is not what these tests are about), and the people who raise and handle them.
 */
final class HotlineTestData {

    static final String CENTRE = "00000000-0000-4000-8000-340600000000";
    static final String SUIXI = "00000000-0000-4000-8000-340621000000";
    static final String SCJG = "00000000-0000-4000-8000-340600000003";
    static final String STHJ = "00000000-0000-4000-8000-340600000004";
    static final String HUBEI_DEPARTMENT = "00000000-0000-4000-8000-420105000001";

    static final String CITIZEN = "citizen-demo";
    static final String ENTERPRISE = "enterprise-demo";
    static final String DISPATCHER = "dispatcher-huaibei";
    static final String HANDLER_SCJG = "handler-huaibei-scjg";
    static final String HANDLER_STHJ = "handler-huaibei-sthj-test";
    static final String OFFICER = "officer-huaibei";

    /** 营商环境: a business-environment complaint, led by 市场监管局. */
    static final String MATTER_BUSINESS = "TEST-SCJG-YSHJ";
    /** 生态环境: noise and pollution, led by 生态环境局. */
    static final String MATTER_ENVIRONMENT = "TEST-STHJ-ZS";
    /** An enquiry about licences, led by 市场监管局. */
    static final String MATTER_ENQUIRY = "TEST-SCJG-ZX";
    /** A matter taken off the catalogue. */
    static final String MATTER_RETIRED = "TEST-RETIRED";

    static final UUID ENTRY = UUID.fromString("00000000-0000-4000-b000-00000000e001");
    static final String CREDIT_CODE = "91340600MA2N0XQX5N";

    private HotlineTestData() {}

    /** The matters, the knowledge entry and 生态环境局's handler these tests use; safe to run again. */
    static void prepare(DatabaseClient database, RoleGrants grants) {
        database.sql("""
                        insert into hotline_matter (code, centre_id, name, field, lead_department_id,
                            business_environment, keywords, active)
                        values
                          ('TEST-SCJG-YSHJ', :centre, '测试：营商环境投诉', '市场监管', :scjg, true, '营商环境', true),
                          ('TEST-STHJ-ZS', :centre, '测试：噪声污染', '生态环境', :sthj, false, '噪声', true),
                          ('TEST-SCJG-ZX', :centre, '测试：证照办理咨询', '市场监管', :scjg, false, '营业执照', true),
                          ('TEST-RETIRED', :centre, '测试：已停用事项', '市场监管', :scjg, false, '', false)
                        on conflict (code) do nothing
                        """)
                .bind("centre", UUID.fromString(CENTRE))
                .bind("scjg", UUID.fromString(SCJG))
                .bind("sthj", UUID.fromString(STHJ))
                .then()
                .block();
        database.sql("""
                        insert into hotline_knowledge_entry (id, centre_id, matter_code, question, answer, basis,
                            keywords, reviewed_on)
                        values (:id, :centre, 'TEST-SCJG-ZX', '个体工商户营业执照怎么办理？',
                            '可通过安徽政务服务网“开办企业”专区在线申请，或到市政务服务中心市场监管窗口办理，材料齐全的当场办结。',
                            '《促进个体工商户发展条例》', '营业执照', date '2026-01-05')
                        on conflict (id) do nothing
                        """)
                .bind("id", ENTRY)
                .bind("centre", UUID.fromString(CENTRE))
                .then()
                .block();
        database.sql("""
                        insert into portal_user (id, subject, display_name, email)
                        values (:id, :subject, '测试（生态环境局承办人）', null) on conflict (subject) do nothing
                        """)
                .bind("id", UUID.randomUUID())
                .bind("subject", HANDLER_STHJ)
                .then()
                .block();
        grants.grant(HANDLER_STHJ, Role.DEPARTMENT_HANDLER, "340600-sthjj")
                .onErrorResume(alreadyGranted -> reactor.core.publisher.Mono.empty())
                .block();
    }

    /**
     * A reference of its own in each ticket's text: each test's ticket is another one, never the repeat of an earlier
     * test's that the portal would warn about (the test database outlives a run).
     */
    static String reference() {
        return "（备查 " + UUID.randomUUID().toString().substring(0, 8) + "）";
    }

    /** A ticket as the form posts it: a citizen's complaint about noise in the city. */
    static Map<String, Object> ticket(String type, String category, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("categoryCode", category);
        body.put("title", title);
        body.put("description", "夜间施工噪声扰民，持续两周，影响休息。" + reference());
        body.put("place", new HashMap<>(Map.of("regionId", CENTRE, "address", "相山区某某路18号")));
        body.put("happenedOn", "2026-06-01");
        body.put("attachmentIds", List.of());
        body.put("publishReply", true);
        body.put("submitter", new HashMap<>(Map.of("kind", "CITIZEN", "name", "张明", "phone", "13812345678")));
        return body;
    }

    /** An enterprise's business-environment complaint. */
    static Map<String, Object> enterpriseComplaint(String title) {
        Map<String, Object> body = ticket("COMPLAINT", MATTER_BUSINESS, title);
        body.put("description", "办理食品经营许可时被要求重复提交材料，窗口答复不一。" + reference());
        body.put(
                "submitter",
                new HashMap<>(Map.of(
                        "kind",
                        "ENTERPRISE",
                        "name",
                        "李华",
                        "phone",
                        "13912345678",
                        "enterpriseName",
                        "淮北某某食品有限公司",
                        "creditCode",
                        CREDIT_CODE)));
        return body;
    }

    /** An anonymous enquiry. */
    static Map<String, Object> anonymousEnquiry(String title) {
        Map<String, Object> body = ticket("ENQUIRY", MATTER_ENQUIRY, title);
        body.put("description", "想开一家小吃店，个体工商户营业执照怎么办理？" + reference());
        body.put("submitter", new HashMap<>(Map.of("kind", "ANONYMOUS")));
        return body;
    }

    /**
     * A browser that has not signed in, behind the trusted proxy with an address of its own (so that the per-client
     * limits of one test do not reach another), carrying the CSRF token as the front end does.
     */
    static WebTestClient anonymous(int port) {
        return anonymous(port, randomAddress());
    }

    static WebTestClient anonymous(int port, String address) {
        WebTestClient client = Api.anonymous(port)
                .mutate()
                .defaultHeader("X-Forwarded-For", address)
                .build();
        ResponseCookie token = client.get()
                .uri("/api/csrf")
                .exchange()
                .returnResult(Void.class)
                .getResponseCookies()
                .getFirst("XSRF-TOKEN");
        return client.mutate()
                .defaultCookie("XSRF-TOKEN", token.getValue())
                .defaultHeader("X-XSRF-TOKEN", token.getValue())
                .build();
    }

    static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    /** Submits with a fresh idempotency key. */
    static WebTestClient.ResponseSpec submit(WebTestClient client, Map<String, Object> body) {
        return client.post()
                .uri("/api/hotline/tickets")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .bodyValue(body)
                .exchange();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> created(WebTestClient client, Map<String, Object> body) {
        return submit(client, body)
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    /** One staff action. */
    static WebTestClient.ResponseSpec act(int port, String subject, String number, String action, Map<String, ?> form) {
        return Api.as(subject, port)
                .post()
                .uri("/api/staff/hotline/tickets/" + number + "/" + action)
                .bodyValue(form)
                .exchange();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> staffView(int port, String subject, String number) {
        return Api.as(subject, port)
                .get()
                .uri("/api/staff/hotline/tickets/" + number)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    /** How many tickets there are in all. */
    static long count(DatabaseClient database) {
        return database.sql("select count(*) as n from hotline_ticket")
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> part(Map<String, Object> body, String name) {
        return (Map<String, Object>) body.get(name);
    }

    /** A tiny real JPEG's first bytes: the type is read from these. */
    static byte[] jpeg() {
        byte[] bytes = new byte[2048];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0xE0;
        return bytes;
    }
}
