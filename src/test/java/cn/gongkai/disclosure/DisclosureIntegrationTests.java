package cn.gongkai.disclosure;

import static cn.gongkai.disclosure.DisclosureTestData.application;
import static cn.gongkai.disclosure.DisclosureTestData.part;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.TestClock;
import cn.gongkai.TestServices;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A request's whole statutory life through the API, on the 2026 calendar. */
@IntegrationTest
class DisclosureIntegrationTests {

    private static final String CITIZEN = "citizen-demo";
    private static final String OFFICER = "officer-huaibei";
    private static final String HEAD = "officehead-huaibei";
    /** 予以公开, with the way the applicant obtains the information (Art. 36(二)). */
    private static final Map<String, Object> DISCLOSED =
            Map.of("outcome", "DISCLOSED", "accessArrangements", "请于工作日到淮北市政务服务中心领取");

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    DatabaseClient database;

    @Autowired
    DisclosureReminders reminders;

    @Autowired
    cn.gongkai.platform.reminders.DailyReminders dailyReminders;

    @Autowired
    org.springframework.data.redis.connection.ReactiveRedisConnectionFactory redis;

    @Test
    void walksARequestThroughCorrectionConsultationExtensionAndAPartialDisclosure() {
        // Confirmed during Spring Festival: received on the first working day after it.
        clock.setDay(LocalDate.parse("2026-02-15"));
        submit(CITIZEN, UUID.randomUUID().toString(), application("340600", "2025年部门预算"))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("RECEIVED")
                .jsonPath("$.receivedOn")
                .isEqualTo("2026-02-24")
                .jsonPath("$.deadline.dueOn")
                .isEqualTo("2026-03-23")
                .jsonPath("$.applicant.idNumber")
                .isEqualTo("110105********002X")
                .jsonPath("$.contact.phone")
                .isEqualTo("138****5678")
                .jsonPath("$.deadline.explanation[0]")
                .value(text ->
                        assertThat(text.toString()).contains("2026年2月15日").contains("2026年2月24日"));
        String number = DisclosureTestData.latestNumberOf(database, CITIZEN);

        clock.setDay(LocalDate.parse("2026-02-26"));
        act(
                        OFFICER,
                        number,
                        "request-correction",
                        Map.of("items", List.of("请写明预算所属部门", "请写明年度"), "dueOn", "2026-03-13"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("AWAITING_CORRECTION")
                .jsonPath("$.deadline.dueOn")
                .doesNotExist()
                .jsonPath("$.deadline.correctionDueOn")
                .isEqualTo("2026-03-13");

        clock.setDay(LocalDate.parse("2026-03-02"));
        Api.as(CITIZEN, port)
                .post()
                .uri("/api/disclosure/requests/" + number + "/correction")
                .bodyValue(Map.of(
                        "information",
                        Map.of("title", "淮北市财政局2025年部门预算", "description", "淮北市财政局2025年部门预算及说明全文"),
                        "note",
                        "已补充部门和年度"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("IN_PROGRESS")
                .jsonPath("$.information.title")
                .isEqualTo("淮北市财政局2025年部门预算")
                .jsonPath("$.deadline.dueOn")
                .isEqualTo("2026-03-30");

        clock.setDay(LocalDate.parse("2026-03-03"));
        act(OFFICER, number, "consult", Map.of("party", "THIRD_PARTY", "partyName", "淮北某某建设有限公司"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("AWAITING_OPINION")
                .jsonPath("$.deadline.paused")
                .isEqualTo(true);
        clock.setDay(LocalDate.parse("2026-03-11"));
        act(
                        OFFICER,
                        number,
                        "receive-opinion",
                        Map.of("opinion", "OBJECTED", "summary", "涉及商业秘密", "occurredOn", "2026-03-10"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("IN_PROGRESS")
                // 3/4, 3/5, 3/6, 3/9 and 3/10 were not counted.
                .jsonPath("$.deadline.dueOn")
                .isEqualTo("2026-04-07");

        clock.setDay(LocalDate.parse("2026-03-20"));
        act(OFFICER, number, "request-extension", Map.of("workingDays", 20, "reason", "涉及多个年度档案，需逐项核对"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.extensionPending")
                .isEqualTo(true);
        act(OFFICER, number, "approve-extension", Map.of()).expectStatus().isForbidden();
        act(HEAD, number, "approve-extension", Map.of())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.extensionPending")
                .isEqualTo(false)
                .jsonPath("$.deadline.dueOn")
                .isEqualTo("2026-05-08");

        clock.setDay(LocalDate.parse("2026-04-20"));
        act(
                        OFFICER,
                        number,
                        "reply",
                        Map.of(
                                "outcome",
                                "PARTLY_DISCLOSED",
                                "explanation",
                                "预算说明第三部分涉及第三方商业秘密，第三方不同意公开。",
                                "withheldParts",
                                "第三部分“政府采购情况”中的供应商报价",
                                "accessArrangements",
                                "公开部分已通过电子邮件发送"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("ANSWERED")
                .jsonPath("$.outcome")
                .isEqualTo("PARTLY_DISCLOSED")
                .jsonPath("$.reply.legalBasis")
                .isEqualTo("《中华人民共和国政府信息公开条例》第三十七条");
        act(OFFICER, number, "reply", DISCLOSED).expectStatus().isEqualTo(409);

        Api.as(CITIZEN, port)
                .get()
                .uri("/api/disclosure/requests/" + number)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.timeline[*].type")
                .value(types -> assertThat(types)
                        .asInstanceOf(InstanceOfAssertFactories.list(String.class))
                        .containsExactly(
                                "RECEIVED",
                                "CORRECTION_REQUESTED",
                                "CORRECTION_RECEIVED",
                                "CONSULTATION_SENT",
                                "OPINION_RECEIVED",
                                "EXTENSION_APPROVED",
                                "REPLIED"))
                .jsonPath("$.timeline[3].details.partyName")
                .doesNotExist()
                .jsonPath("$.allowedActions.length()")
                .isEqualTo(0)
                .jsonPath("$.reply.withheldParts")
                .isEqualTo("第三部分“政府采购情况”中的供应商报价");
        Api.as(OFFICER, port)
                .get()
                .uri("/api/staff/disclosure/requests/" + number)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.timeline.length()")
                .isEqualTo(8)
                .jsonPath("$.contact.phone")
                .isEqualTo("13812345678");
    }

    @Test
    void aDisclosureWithNothingReleasedAndNoWayOfAccessIsRefusedNamingTheField() {
        submit(CITIZEN, UUID.randomUUID().toString(), application("340600", "未提供信息的公开答复"))
                .expectStatus()
                .isCreated();
        String number = DisclosureTestData.latestNumberOf(database, CITIZEN);

        act(OFFICER, number, "reply", Map.of("outcome", "DISCLOSED"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("documents")
                .jsonPath("$.errors[0].message")
                .isEqualTo("予以公开或部分公开的，须提供所公开的信息，或者告知获取该信息的方式、途径和时间（条例第三十六条第（二）项）");
        Api.as(OFFICER, port)
                .post()
                .uri("/api/staff/disclosure/requests/" + number + "/actions/reply")
                .header("Accept-Language", "en")
                .bodyValue(Map.of("outcome", "DISCLOSED"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].message")
                .isEqualTo(
                        "a disclosure must release the information or say how, where and when to obtain it (Art. 36(2))");
        Api.as(OFFICER, port)
                .get()
                .uri("/api/staff/disclosure/requests/" + number)
                .exchange()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("RECEIVED");
    }

    @Test
    void anExtensionOfMoreThanTwentyWorkingDaysIsRefused() {
        submit(CITIZEN, UUID.randomUUID().toString(), application("340600", "延期过长"))
                .expectStatus()
                .isCreated();
        String number = DisclosureTestData.latestNumberOf(database, CITIZEN);
        act(OFFICER, number, "accept", Map.of()).expectStatus().isOk();

        act(OFFICER, number, "request-extension", Map.of("workingDays", 21, "reason", "需调取档案"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("workingDays");
    }

    @Test
    void everyActionOnAnAnsweredRequestIsAConflict() {
        submit(CITIZEN, UUID.randomUUID().toString(), application("340600", "已答复后的操作"))
                .expectStatus()
                .isCreated();
        String number = DisclosureTestData.latestNumberOf(database, CITIZEN);
        act(OFFICER, number, "reply", DISCLOSED).expectStatus().isOk();

        for (DisclosureAction action : DisclosureAction.values()) {
            if (action == DisclosureAction.WITHDRAW) {
                Api.as(CITIZEN, port)
                        .post()
                        .uri("/api/disclosure/requests/" + number + "/withdrawal")
                        .bodyValue(Map.of())
                        .exchange()
                        .expectStatus()
                        .isEqualTo(409)
                        .expectBody()
                        .jsonPath("$.type")
                        .isEqualTo("urn:problem-type:gongkai:disclosure-illegal-transition");
                continue;
            }
            Map<String, Object> complete = Map.ofEntries(
                    Map.entry("assignee", OFFICER),
                    Map.entry("items", List.of("补正事项")),
                    Map.entry("correction", Map.of("description", "补正后的描述")),
                    Map.entry("party", "THIRD_PARTY"),
                    Map.entry("partyName", "第三方"),
                    Map.entry("opinion", "CONSENTED"),
                    Map.entry("workingDays", 10),
                    Map.entry("reason", "理由"),
                    Map.entry("method", "PER_PAGE"),
                    Map.entry("quantity", 100),
                    Map.entry("outcome", "DISCLOSED"));
            act(HEAD, number, action.slug(), complete)
                    .expectStatus()
                    .isEqualTo(409)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("urn:problem-type:gongkai:disclosure-illegal-transition");
        }
    }

    @Test
    void aRetriedSubmissionNeverFilesTwice() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = application("340600", "重复提交测试");
        submit(CITIZEN, key, body).expectStatus().isCreated();
        String first = DisclosureTestData.latestNumberOf(database, CITIZEN);
        int before = DisclosureTestData.countOf(database, CITIZEN);

        submit(CITIZEN, key, body)
                .expectStatus()
                .isCreated()
                .expectHeader()
                .location("/api/disclosure/requests/" + first)
                .expectBody()
                .jsonPath("$.number")
                .isEqualTo(first);
        assertThat(DisclosureTestData.countOf(database, CITIZEN)).isEqualTo(before);

        submit(CITIZEN, key, application("340600", "另一份申请"))
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:idempotency-key-reused");
        submit(CITIZEN, null, body)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("Idempotency-Key");
    }

    @Test
    void concurrentRetriesWithOneKeyFileOneRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = application("340600", "并发提交测试");
        int before = DisclosureTestData.countOf(database, CITIZEN);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> posts = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return submit(CITIZEN, key, body)
                            .returnResult(String.class)
                            .getStatus()
                            .value();
                }))
                .toList();
        start.countDown();

        assertThat(posts.stream().map(CompletableFuture::join)).containsOnly(201);
        assertThat(DisclosureTestData.countOf(database, CITIZEN)).isEqualTo(before + 1);
    }

    @Test
    void twoOfficersActingAtOnceExactlyOneSucceeds() {
        submit(CITIZEN, UUID.randomUUID().toString(), application("340600", "并发办理测试"))
                .expectStatus()
                .isCreated();
        String number = DisclosureTestData.latestNumberOf(database, CITIZEN);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> accepts = List.of(OFFICER, HEAD).stream()
                .map(who -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return act(who, number, "accept", Map.of())
                            .returnResult(String.class)
                            .getStatus()
                            .value();
                }))
                .toList();
        start.countDown();

        assertThat(accepts.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(200, 409);
        assertThat(database.sql(
                                "select count(*) from disclosure_event e join disclosure_request r on r.id = e.request_id "
                                        + "where r.number = :number and e.type = 'ACCEPTED'")
                        .bind("number", number)
                        .map(row -> row.get(0, Long.class))
                        .one()
                        .block())
                .isEqualTo(1L);
    }

    @Test
    void aComplaintIsPointedToTheHotlineUnlessTheApplicantInsists() {
        Map<String, Object> body = application("340600", "投诉物业公司乱收费");
        part(body, "information").put("description", "我要投诉小区物业公司乱收费，要求查处。" + DisclosureTestData.reference());

        submit(CITIZEN, UUID.randomUUID().toString(), body)
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:disclosure-looks-like-complaint")
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail.toString()).contains("12345"))
                .jsonPath("$.errors[0].field")
                .isEqualTo("insistAsDisclosure");
        body.put("insistAsDisclosure", true);
        submit(CITIZEN, UUID.randomUUID().toString(), body).expectStatus().isCreated();
    }

    @Test
    void namesEveryInvalidFieldInTheRequestsLanguage() {
        Map<String, Object> body = application("340600", "字段校验");
        part(body, "applicant").put("idNumber", "110105194912310021");
        part(body, "contact").put("phone", "12345");
        part(body, "delivery").put("channel", "POST");
        Api.as(CITIZEN, port)
                .post()
                .uri("/api/disclosure/requests")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Accept-Language", "en")
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat(fields)
                        .asInstanceOf(InstanceOfAssertFactories.list(String.class))
                        .contains("contact.phone"));

        part(body, "contact").put("phone", "0561-3051234");
        Api.as(CITIZEN, port)
                .post()
                .uri("/api/disclosure/requests")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat(fields)
                        .asInstanceOf(InstanceOfAssertFactories.list(String.class))
                        .containsExactlyInAnyOrder(
                                "applicant.idNumber",
                                "delivery.channel",
                                "contact.postalAddress",
                                "contact.postalCode"))
                .jsonPath("$.errors[?(@.field == 'applicant.idNumber')].message")
                .isEqualTo("不是有效的公民身份号码");

        part(body, "information").put("description", "请提供\u0000全文");
        Api.as(CITIZEN, port)
                .post()
                .uri("/api/disclosure/requests")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("information.description")
                .jsonPath("$.errors[0].message")
                .isEqualTo("含有不允许的控制字符");
    }

    @Test
    void staffRegisterAPaperApplicationWithItsRealDayOfReceipt() {
        clock.setDay(LocalDate.parse("2026-10-12"));
        Map<String, Object> paper = Map.of(
                "application",
                DisclosureTestData.companyApplication("340600", "线下申请"),
                "channel",
                "POST",
                "receivedOn",
                "2026-09-30");
        Api.as(OFFICER, port)
                .post()
                .uri("/api/staff/disclosure/requests")
                .bodyValue(paper)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.receiptChannel")
                .isEqualTo("POST")
                .jsonPath("$.receivedOn")
                .isEqualTo("2026-09-30")
                .jsonPath("$.deadline.dueOn")
                .isEqualTo("2026-11-03")
                .jsonPath("$.applicant.kind")
                .isEqualTo("COMMERCIAL_ENTERPRISE");

        Map<String, Object> future = Map.of(
                "application", application("340600", "线下申请"), "channel", "IN_PERSON", "receivedOn", "2026-10-13");
        Api.as(OFFICER, port)
                .post()
                .uri("/api/staff/disclosure/requests")
                .bodyValue(future)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("receivedOn");
    }

    @Test
    void theQueueIsSortedByDeadlineAndFlagsRequestsAtRisk() {
        clock.setDay(LocalDate.parse("2026-06-01"));
        submit(CITIZEN, UUID.randomUUID().toString(), application("340600", "队列测试甲"))
                .expectStatus()
                .isCreated();
        clock.setDay(LocalDate.parse("2026-06-25"));
        Api.as(OFFICER, port)
                .get()
                .uri("/api/staff/disclosure/requests?q=队列测试甲&due=at-risk")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[0].dueOn")
                .isEqualTo("2026-06-30")
                .jsonPath("$.items[0].workingDaysLeft")
                .isEqualTo(3)
                .jsonPath("$.items[0].atRisk")
                .isEqualTo(true)
                .jsonPath("$.items[0].idNumber")
                .isEqualTo("110105********002X");
        clock.setDay(LocalDate.parse("2026-07-01"));
        Api.as(OFFICER, port)
                .get()
                .uri("/api/staff/disclosure/requests?q=队列测试甲&due=overdue")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[0].overdue")
                .isEqualTo(true);
    }

    @Test
    void remindsTheAgencyOfRequestsAtRiskOnceADayWhateverTheNumberOfInstances() throws Exception {
        clock.setDay(LocalDate.parse("2026-07-01"));
        submit(CITIZEN, UUID.randomUUID().toString(), application("340600", "提醒测试"))
                .expectStatus()
                .isCreated();
        String number = DisclosureTestData.latestNumberOf(database, CITIZEN);
        // Received Wednesday 7/1: due 7/29; on 7/24 three working days are left.
        clock.setDay(LocalDate.parse("2026-07-24"));
        List<CompletableFuture<Long>> instances = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> reminders.remindToday().block()))
                .toList();
        instances.forEach(CompletableFuture::join);
        // The daily job subscribes to one Mono every morning: each run reads its own day.
        var everyMorning = reminders.remindToday();
        everyMorning.block();

        assertThat(database.sql("select count(*) from disclosure_reminder where request_number = :number")
                        .bind("number", number)
                        .map(row -> row.get(0, Long.class))
                        .one()
                        .block())
                .isEqualTo(1L);
        Api.as(OFFICER, port)
                .get()
                .uri("/api/staff/disclosure/reminders")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.requestNumber == '" + number + "')].kind")
                .isEqualTo("AT_RISK")
                .jsonPath("$[?(@.requestNumber == '" + number + "')].workingDaysLeft")
                .isEqualTo(3);
        Api.as("officer-suixi", port)
                .get()
                .uri("/api/staff/disclosure/reminders?agency=340600")
                .exchange()
                .expectStatus()
                .isNotFound();
        // The agency's officers and OGI office head were e-mailed once each, with the request in their day's list,
        // however many instances ran the daily reminders.
        var keys = new org.springframework.data.redis.core.ReactiveStringRedisTemplate(redis);
        keys.delete(keys.scan(org.springframework.data.redis.core.ScanOptions.scanOptions()
                        .match("gongkai:reminder-mail:2026-07-24:*")
                        .build()))
                .block();
        java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> dailyReminders.sendToday().block()))
                .toList()
                .forEach(CompletableFuture::join);
        dailyReminders.sendToday().block();
        List<jakarta.mail.internet.MimeMessage> mails = java.util.Arrays.stream(TestServices.SMTP.getReceivedMessages())
                .filter(mail -> textOf(mail).contains(number))
                .toList();
        assertThat(mails).as("one message per person").hasSize(2);
        assertThat(mails.stream()
                        .flatMap(mail -> {
                            try {
                                return java.util.Arrays.stream(mail.getAllRecipients());
                            } catch (jakarta.mail.MessagingException unreadable) {
                                throw new IllegalStateException(unreadable);
                            }
                        })
                        .map(Object::toString))
                .containsExactlyInAnyOrder("officer.huaibei@example.org", "head.huaibei@example.org");
        assertThat(mails.get(0).getSubject()).startsWith("【到期提醒】淮北市人民政府");
        clock.setDay(LocalDate.parse("2026-07-27"));
        everyMorning.block();
        assertThat(database.sql("select working_days_left from disclosure_reminder where request_number = :number "
                                + "and reminded_on = '2026-07-27'")
                        .bind("number", number)
                        .map(row -> row.get(0, Integer.class))
                        .one()
                        .block())
                .isEqualTo(2);
    }

    private static String textOf(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private WebTestClient.ResponseSpec submit(String subject, String key, Map<String, Object> body) {
        var request = Api.as(subject, port).post().uri("/api/disclosure/requests");
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec act(String subject, String number, String action, Map<String, Object> form) {
        return Api.as(subject, port)
                .post()
                .uri("/api/staff/disclosure/requests/" + number + "/actions/" + action)
                .bodyValue(form)
                .exchange();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
