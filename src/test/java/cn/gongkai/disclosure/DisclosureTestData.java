package cn.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Applications as a browser would post them, and the demo people who file and handle them. */
final class DisclosureTestData {

    static final String CITIZEN = "citizen-demo";
    static final String OFFICER = "officer-huaibei";
    static final String HEAD = "officehead-huaibei";

    private DisclosureTestData() {}

    /** Files an on-line application as the demo citizen, with a fresh idempotency key. */
    static WebTestClient.ResponseSpec submit(int port, Map<String, Object> application) {
        return submit(Api.as(CITIZEN, port), application);
    }

    /** Files an on-line application as {@code applicant}, with a fresh idempotency key. */
    static WebTestClient.ResponseSpec submit(WebTestClient applicant, Map<String, Object> application) {
        return applicant
                .post()
                .uri("/api/disclosure/requests")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .bodyValue(application)
                .exchange();
    }

    /** The number of the request an answer says was filed (201). */
    static String filedNumber(WebTestClient.ResponseSpec answer) {
        return answer.expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("number")
                .toString();
    }

    /** One staff action on a request. */
    static WebTestClient.ResponseSpec act(
            int port, String subject, String number, String action, Map<String, Object> form) {
        return Api.as(subject, port)
                .post()
                .uri("/api/staff/disclosure/requests/" + number + "/actions/" + action)
                .bodyValue(form)
                .exchange();
    }

    /**
     * A reference of its own in each application's text: each test's application is another one, never the repeat of
     * an earlier test's that the portal would warn about (the test database outlives a run).
     */
    static String reference() {
        return "（备查 " + UUID.randomUUID().toString().substring(0, 8) + "）";
    }

    /** A natural person asking 淮北市人民政府 for a document, delivered by e-mail. */
    static Map<String, Object> application(String agency, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("agency", agency);
        body.put(
                "applicant",
                new HashMap<>(Map.of(
                        "kind",
                        "NATURAL_PERSON",
                        "name",
                        "张明",
                        "idType",
                        "RESIDENT_ID_CARD",
                        "idNumber",
                        "11010519491231002X")));
        body.put("contact", new HashMap<>(Map.of("phone", "13812345678", "email", "zhang.ming@example.org")));
        body.put(
                "information",
                new HashMap<>(Map.of("title", title, "description", "请提供" + title + "的全文，包括附件。" + reference())));
        body.put("delivery", new HashMap<>(Map.of("medium", "ELECTRONIC", "channel", "EMAIL")));
        body.put("attachments", List.of());
        return body;
    }

    /** The same, filed on paper by a company. */
    static Map<String, Object> companyApplication(String agency, String title) {
        Map<String, Object> body = application(agency, title);
        body.put(
                "applicant",
                new HashMap<>(Map.of(
                        "kind",
                        "COMMERCIAL_ENTERPRISE",
                        "name",
                        "淮北某某科技有限公司",
                        "creditCode",
                        "91340600MA2N0XQX5N",
                        "representative",
                        "李华",
                        "idType",
                        "RESIDENT_ID_CARD",
                        "idNumber",
                        "11010519491231002X")));
        return body;
    }

    /** A department of 淮北市人民政府 of its own, with its own officer, and {@code court} as its competent court. */
    static String freshDepartmentWithOfficer(DatabaseClient database, String court) {
        String agency = "999998-" + UUID.randomUUID().toString().substring(0, 8);
        UUID agencyId = UUID.randomUUID();
        UUID userId = UUID.randomUUID();
        var insert = database.sql("""
                        insert into agency (id, code, name, short_name, kind, parent_id, region_code, address,
                            postal_code, phone, website, office_hours, competent_court)
                        values (:id, :code, '淮北市答复测试局', '答复测试局', 'DEPARTMENT',
                            '00000000-0000-4000-8000-340600000000', '340600', '安徽省淮北市', '235000',
                            '0561-12345', '', '工作日', :court)
                        """).bind("id", agencyId).bind("code", agency);
        (court == null ? insert.bindNull("court", String.class) : insert.bind("court", court))
                .then()
                .block();
        database.sql("insert into portal_user (id, subject, display_name, email) values (:id, :subject, '经办人', null)")
                .bind("id", userId)
                .bind("subject", officerOf(agency))
                .then()
                .block();
        database.sql("""
                        insert into role_grant (id, user_id, role, agency_id, granted_by)
                        values (:id, :user, 'DISCLOSURE_OFFICER', :agency, 'test')
                        """)
                .bind("id", UUID.randomUUID())
                .bind("user", userId)
                .bind("agency", agencyId)
                .then()
                .block();
        return agency;
    }

    static String officerOf(String agency) {
        return "officer-" + agency;
    }

    /** An application handed in at the agency's office on {@code receivedOn}, registered by its officer. */
    static String paperApplication(int port, String agency, String title, LocalDate receivedOn) {
        Map<String, Object> form = Map.of(
                "application", application(agency, title), "channel", "IN_PERSON", "receivedOn", receivedOn.toString());
        return filedNumber(Api.as(officerOf(agency), port)
                .post()
                .uri("/api/staff/disclosure/requests")
                .bodyValue(form)
                .exchange());
    }

    /** The number of the request the user filed last, leaving out the demo requests written at start-up. */
    static String latestNumberOf(DatabaseClient database, String subject) {
        return database.sql("""
                        select r.number from disclosure_request r join portal_user u on u.id = r.applicant_user_id
                        where u.subject = :subject and not exists (select 1 from disclosure_event e
                          where e.request_id = r.id and e.actor = 'demo-data')
                        order by r.created_at desc limit 1
                        """)
                .bind("subject", subject)
                .map(row -> row.get(0, String.class))
                .one()
                .block();
    }

    /** How many requests the user filed, leaving out the demo requests. */
    static int countOf(DatabaseClient database, String subject) {
        return database.sql(
                        "select count(*) from disclosure_request r join portal_user u on u.id = r.applicant_user_id "
                                + "where u.subject = :subject and not exists (select 1 from disclosure_event e "
                                + "where e.request_id = r.id and e.actor = 'demo-data')")
                .bind("subject", subject)
                .map(row -> row.get(0, Long.class).intValue())
                .one()
                .block();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> part(Map<String, Object> body, String name) {
        return (Map<String, Object>) body.get(name);
    }

    /** What pdftotext reads from the PDF, without whitespace. */
    static String pdfText(byte[] pdf) throws IOException {
        Path file = Files.createTempFile("letter", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true)
                    .start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).isZero();
            return squeeze(text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static String squeeze(String text) {
        return text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\f')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
