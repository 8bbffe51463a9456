package cn.gongkai.hotline;

import static cn.gongkai.hotline.HotlineTestData.CITIZEN;
import static cn.gongkai.hotline.HotlineTestData.DISPATCHER;
import static cn.gongkai.hotline.HotlineTestData.ENTERPRISE;
import static cn.gongkai.hotline.HotlineTestData.ENTRY;
import static cn.gongkai.hotline.HotlineTestData.HANDLER_SCJG;
import static cn.gongkai.hotline.HotlineTestData.HANDLER_STHJ;
import static cn.gongkai.hotline.HotlineTestData.SCJG;
import static cn.gongkai.hotline.HotlineTestData.STHJ;
import static cn.gongkai.hotline.HotlineTestData.act;
import static cn.gongkai.hotline.HotlineTestData.part;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.TestClock;
import cn.gongkai.identity.RoleGrants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The hotline's closed loop through the API, as the people involved use it: an enterprise's complaint with a photo,
 * dispatched, returned, re-dispatched, answered, rated 不满意, answered again and rated 满意; an anonymous enquiry
 * followed with its code and answered from the knowledge base; an enquiry the person ends at once by self-service.
 */
@IntegrationTest
class HotlineJourneyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    DatabaseClient database;

    @Autowired
    RoleGrants grants;

    @BeforeEach
    void prepare() {
        HotlineTestData.prepare(database, grants);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEnterprisesComplaintGoesRoundTheWholeLoop() {
        clock.setDay(LocalDate.parse("2026-06-15"));
        WebTestClient enterprise = Api.as(ENTERPRISE, port);
        Map<String, Object> photo = upload(enterprise, "现场照片.jpg", HotlineTestData.jpeg());
        assertThat(photo).containsEntry("contentType", "image/jpeg").containsEntry("name", "现场照片.jpg");

        Map<String, Object> form = HotlineTestData.enterpriseComplaint("重复提交材料");
        form.put("attachmentIds", List.of(photo.get("id")));
        Map<String, Object> created = HotlineTestData.created(enterprise, form);
        String number = (String) created.get("number");
        assertThat(number).matches("340600-20260615-\\d{5}");
        assertThat(created)
                .containsEntry("state", "RECEIVED")
                .containsEntry("submitterKind", "ENTERPRISE")
                .containsEntry("contactName", "李*")
                .containsEntry("contactPhone", "139****5678")
                .containsEntry("creditCode", HotlineTestData.CREDIT_CODE)
                .containsEntry("queryCode", null);
        assertThat((List<?>) created.get("attachments")).hasSize(1);

        Map<String, Object> seen = HotlineTestData.staffView(port, DISPATCHER, number);
        assertThat(part(seen, "suggestedLead")).containsEntry("id", SCJG);
        assertThat(seen).containsEntry("contactName", "李华").containsEntry("contactPhone", "13912345678");
        assertThat((List<String>) seen.get("allowedActions"))
                .contains("dispatch", "merge")
                .doesNotContain("accept");

        act(port, DISPATCHER, number, "dispatch", Map.of("leadDepartmentId", SCJG))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("DISPATCHED");
        assertThat((List<String>)
                        HotlineTestData.staffView(port, HANDLER_SCJG, number).get("allowedActions"))
                .containsExactlyInAnyOrder("accept", "return");
        act(port, HANDLER_SCJG, number, "return", Map.of("reason", "食品经营许可由市场监管局办理，但涉及的排污许可属生态环境局"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("RETURNED");
        act(
                        port,
                        DISPATCHER,
                        number,
                        "dispatch",
                        Map.of("leadDepartmentId", STHJ, "assistingDepartmentIds", List.of(SCJG)))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.timeline[3].type")
                .isEqualTo("REDISPATCHED");
        // 市场监管局 only assists now: it sees the ticket, but accepting is the lead's.
        act(port, HANDLER_SCJG, number, "accept", Map.of()).expectStatus().isForbidden();

        clock.setDay(LocalDate.parse("2026-06-16"));
        act(port, HANDLER_STHJ, number, "accept", Map.of()).expectStatus().isOk();
        Map<String, Object> letter =
                upload(Api.as(HANDLER_STHJ, port), "答复函.pdf", "%PDF-1.7 答复".getBytes(StandardCharsets.UTF_8));
        act(
                        port,
                        HANDLER_STHJ,
                        number,
                        "reply",
                        Map.of("text", "已约谈窗口，材料一次性告知。", "attachmentIds", List.of(letter.get("id"))))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("REPLIED");

        Map<String, Object> replied = track(enterprise, number);
        assertThat(replied).containsEntry("canRate", true);
        List<Map<String, Object>> replies = (List<Map<String, Object>>) replied.get("replies");
        assertThat(replies).hasSize(1);
        assertThat(part(replies.get(0), "department")).containsEntry("name", "淮北市生态环境局");
        assertThat((List<?>) replies.get(0).get("attachments")).hasSize(1);
        // The public timeline names no staff and no department's reasons.
        assertThat(replied.toString()).doesNotContain(HANDLER_SCJG, "排污许可");

        rate(enterprise, number, "UNSATISFIED", "仍被要求重复提交")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("REOPENED");
        assertThat(HotlineTestData.staffView(port, DISPATCHER, number)).containsEntry("supervised", true);
        rate(enterprise, number, "SATISFIED", "").expectStatus().isEqualTo(409);

        clock.setDay(LocalDate.parse("2026-06-18"));
        act(port, HANDLER_STHJ, number, "reply", Map.of("text", "已督促整改，并回访企业确认。"))
                .expectStatus()
                .isOk();
        Map<String, Object> closed = rate(enterprise, number, "SATISFIED", "问题已解决")
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(closed).containsEntry("state", "CLOSED").containsEntry("canRate", false);
        assertThat(part(closed, "rating")).containsEntry("rating", "SATISFIED");

        // The photo: its owner and the ticket's staff may read it; nobody else learns it exists.
        String photoPath = "/api/hotline/files/" + photo.get("id");
        enterprise.get().uri(photoPath).exchange().expectStatus().isOk();
        Api.as(DISPATCHER, port).get().uri(photoPath).exchange().expectStatus().isOk();
        Api.as(CITIZEN, port).get().uri(photoPath).exchange().expectStatus().isNotFound();
        HotlineTestData.anonymous(port)
                .get()
                .uri(photoPath)
                .exchange()
                .expectStatus()
                .isNotFound();

        enterprise
                .get()
                .uri("/api/hotline/tickets?page=0")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[?(@.number == '" + number + "')].state")
                .isEqualTo("CLOSED");
        // Every step is in the audit trail.
        assertThat(database.sql(
                                "select count(*) as n from audit_record where target_id = :number and action like 'hotline.%'")
                        .bind("number", number)
                        .map(row -> row.get("n", Long.class))
                        .one()
                        .block())
                .isEqualTo(9L);
    }

    @Test
    void anAnonymousEnquiryIsFollowedWithItsCodeAndAnsweredFromTheKnowledgeBase() throws IOException {
        WebTestClient anonymous = HotlineTestData.anonymous(port);
        Map<String, Object> created = HotlineTestData.created(anonymous, HotlineTestData.anonymousEnquiry("营业执照怎么办"));
        String number = (String) created.get("number");
        String code = (String) created.get("queryCode");
        assertThat(code).matches("[2-9A-HJ-NP-RT-Z]{12}");
        assertThat(created).containsEntry("contactName", null).containsEntry("submitterKind", "ANONYMOUS");

        Map<String, Object> tracked = trackWithCode(anonymous, number, code)
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(tracked).containsEntry("queryCode", null).containsEntry("state", "RECEIVED");

        // A wrong code and a wrong number look the same.
        String wrongCode = problemType(trackWithCode(anonymous, number, "ABCDEFGHJKMN"));
        String wrongNumber = problemType(trackWithCode(anonymous, "340600-20260617-99999", code));
        assertThat(wrongCode).isEqualTo(wrongNumber).endsWith("not-found");
        // Signed in is not enough: the ticket is nobody's account's.
        Api.as(CITIZEN, port)
                .get()
                .uri("/api/hotline/tickets/" + number)
                .exchange()
                .expectStatus()
                .isNotFound();

        act(port, DISPATCHER, number, "answer-from-knowledge-base", Map.of("entryId", ENTRY.toString()))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("ANSWERED_BY_KNOWLEDGE_BASE");
        trackWithCode(anonymous, number, code)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.knowledgeAnswer.question")
                .isEqualTo("个体工商户营业执照怎么办理？");

        byte[] receipt = anonymous
                .get()
                .uri("/api/hotline/tickets/" + number + "/receipt.pdf")
                .header("X-Query-Code", code)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        assertThat(pdfText(receipt)).contains(number, code, "受理回执", "咨询");
    }

    @Test
    void anEnquiryAnsweredBySelfServiceEndsAtOnce() {
        Map<String, Object> form = HotlineTestData.anonymousEnquiry("自助：营业执照");
        form.put("answeredByEntryId", ENTRY.toString());
        Map<String, Object> created = HotlineTestData.created(HotlineTestData.anonymous(port), form);
        assertThat(created).containsEntry("state", "ANSWERED_BY_KNOWLEDGE_BASE");
        assertThat(part(created, "knowledgeAnswer")).containsEntry("basis", "《促进个体工商户发展条例》");
        List<?> timeline = (List<?>) created.get("timeline");
        assertThat(timeline).hasSize(2);

        Map<String, Object> complaint =
                HotlineTestData.ticket("COMPLAINT", HotlineTestData.MATTER_ENVIRONMENT, "自助只限咨询");
        complaint.put("answeredByEntryId", ENTRY.toString());
        HotlineTestData.submit(Api.as(CITIZEN, port), complaint)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("answeredByEntryId");
    }

    @Test
    void aRetriedSubmissionAnswersTheTicketAlreadyMadeWithItsCode() {
        WebTestClient anonymous = HotlineTestData.anonymous(port);
        Map<String, Object> form = HotlineTestData.anonymousEnquiry("重试的提交");
        String key = UUID.randomUUID().toString();
        Map<?, ?> first = submitWithKey(anonymous, key, form)
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        long before = HotlineTestData.count(database);
        Map<?, ?> again = submitWithKey(anonymous, key, form)
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(again.get("number")).isEqualTo(first.get("number"));
        assertThat(again.get("queryCode")).isEqualTo(first.get("queryCode"));
        assertThat(HotlineTestData.count(database)).isEqualTo(before);

        form.put("title", "另一份内容");
        submitWithKey(anonymous, key, form).expectStatus().isEqualTo(422);

        WebTestClient citizen = Api.as(CITIZEN, port);
        Map<String, Object> mine = HotlineTestData.ticket("HELP", HotlineTestData.MATTER_ENVIRONMENT, "重试：求助");
        String citizenKey = UUID.randomUUID().toString();
        Object number = submitWithKey(citizen, citizenKey, mine)
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("number");
        submitWithKey(citizen, citizenKey, mine)
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.number")
                .isEqualTo(number);
        submitWithKey(citizen, "short", mine)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("Idempotency-Key");
    }

    private WebTestClient.ResponseSpec submitWithKey(WebTestClient client, String key, Map<String, Object> form) {
        return client.post()
                .uri("/api/hotline/tickets")
                .header("Idempotency-Key", key)
                .bodyValue(form)
                .exchange();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> upload(WebTestClient client, String name, byte[] bytes) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return client.post()
                .uri("/api/hotline/files")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> track(WebTestClient client, String number) {
        return client.get()
                .uri("/api/hotline/tickets/" + number)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    private static WebTestClient.ResponseSpec trackWithCode(WebTestClient client, String number, String code) {
        return client.get()
                .uri("/api/hotline/tickets/" + number)
                .header("X-Query-Code", code)
                .exchange();
    }

    private static String problemType(WebTestClient.ResponseSpec response) {
        return (String) response.expectStatus()
                .isNotFound()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("type");
    }

    private static WebTestClient.ResponseSpec rate(WebTestClient client, String number, String rating, String comment) {
        return client.post()
                .uri("/api/hotline/tickets/" + number + "/rating")
                .bodyValue(Map.of("rating", rating, "comment", comment))
                .exchange();
    }

    /** What pdftotext reads from the PDF, without whitespace. */
    static String pdfText(byte[] pdf) throws IOException {
        Path file = Files.createTempFile("receipt", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true)
                    .start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return text.replaceAll("\\s", "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
