package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.TestClock;
import cn.gongkai.platform.pdf.VeraPdf;
import cn.gongkai.platform.web.PortalPreferences;
import cn.gongkai.report.internal.ReportDocumentsTests;
import cn.gongkai.report.internal.ReportPages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A report from template to correction through the staff API, and what the public sees at each step. */
@IntegrationTest
class ReportWorkflowIntegrationTests {

    static final String EDITOR = "editor-suixi";
    static final String PUBLISHER = "publisher-suixi";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    ReportDrafts drafts;

    @Autowired
    DatabaseClient database;

    @Autowired
    ReportPages pages;

    /** The page cache outlives the test database: pages of earlier runs must not answer for this one. */
    @BeforeEach
    void noCachedPages() {
        pages.published("340621", 2024, ReportKind.RULE_OF_LAW).block();
        pages.published("340600", 2026, ReportKind.OPEN_GOVERNMENT_INFORMATION).block();
    }

    @Test
    void aReportGoesFromTemplateThroughReviewAndScheduledPublicationToACorrection() {
        clock.setDay(LocalDate.parse("2025-03-03"));
        Map<String, Object> draft = create(EDITOR, "340621", 2024, "RULE_OF_LAW");
        String id = (String) draft.get("id");
        assertThat(draft).containsEntry("state", "DRAFT").containsEntry("revision", 1);
        assertThat(draft.get("allowedActions")).isEqualTo(List.of("save", "submit"));
        assertThat(headings(draft))
                .containsExactly(
                        "一、2024年推进法治政府建设的主要举措和成效",
                        "二、存在的不足和原因",
                        "三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
                        "四、2025年推进法治政府建设的主要安排",
                        "五、其他需要报告的事项");

        Map<String, Object> content = withFirstBody(draft, "2024年，濉溪县全面推进依法行政，行政复议案件办结率100%。");
        Map<String, Object> saved = save(EDITOR, id, 1, content, null)
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(saved).containsEntry("revision", 2);
        // A save from a stale revision overwrites nothing.
        save(EDITOR, id, 1, withFirstBody(draft, "另一位编辑的文字"), null)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:report-changed-meanwhile");

        act(EDITOR, id, "approve", Map.of()).expectStatus().isForbidden();
        act(PUBLISHER, id, "approve", Map.of()).expectStatus().isEqualTo(409);
        act(EDITOR, id, "submit", Map.of())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("SUBMITTED");
        save(EDITOR, id, 2, content, null).expectStatus().isEqualTo(409);
        act(PUBLISHER, id, "return", Map.of())
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("reason");
        act(PUBLISHER, id, "approve", Map.of())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("APPROVED");

        clock.set(Instant.parse("2025-03-03T02:00:00Z"));
        act(PUBLISHER, id, "schedule", Map.of("at", "2025-03-03T09:00:00+08:00"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("at");
        act(PUBLISHER, id, "schedule", Map.of("at", "2025-03-04T09:00:00+08:00"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("SCHEDULED")
                .jsonPath("$.scheduledFor")
                .isEqualTo("2025-03-04T01:00:00Z");
        Api.anonymous(port)
                .get()
                .uri("/reports/340621/2024/rule-of-law")
                .exchange()
                .expectStatus()
                .isNotFound();

        // One Mono, subscribed at every poll as the scheduler does: each poll reads the time anew.
        var poll = drafts.publishDue();
        clock.set(Instant.parse("2025-03-04T00:59:00Z"));
        assertThat(poll.block()).isZero();
        Api.anonymous(port)
                .get()
                .uri("/reports/340621/2024/rule-of-law")
                .exchange()
                .expectStatus()
                .isNotFound();
        clock.set(Instant.parse("2025-03-04T01:00:30Z"));
        // This poll or the application's own, whichever comes first, publishes it; the audit trail shows it once.
        poll.block();
        assertThat(page())
                .contains("行政复议案件办结率100%")
                .contains("第1版")
                .contains(
                        "用手机扫码阅读本报告：<span class=\"url\">http://127.0.0.1:8000/reports/340621/2024/rule-of-law</span>");
        assertThat(auditActions(id))
                .containsExactly(
                        "report.created",
                        "report.submit",
                        "report.approve",
                        "report.schedule",
                        "report.published-as-scheduled");

        // A correction: a new draft from the published text; the public keeps reading version 1 meanwhile.
        Map<String, Object> correction = act(EDITOR, id, "correct", Map.of())
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        assertThat(correction).containsEntry("state", "DRAFT").containsEntry("publishedVersion", 1);
        int revision = (Integer) correction.get("revision");
        Map<String, Object> corrected = withFirstBody(correction, "2024年，濉溪县全面推进依法行政，行政复议案件办结率98%。");
        save(EDITOR, id, revision, corrected, null).expectStatus().isOk();
        act(EDITOR, id, "submit", Map.of())
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("correctionNote");
        save(EDITOR, id, revision + 1, corrected, "行政复议案件办结率由100%更正为98%。")
                .expectStatus()
                .isOk();
        act(EDITOR, id, "submit", Map.of()).expectStatus().isOk();
        act(PUBLISHER, id, "approve", Map.of()).expectStatus().isOk();
        assertThat(page()).contains("办结率100%");
        act(PUBLISHER, id, "publish", Map.of())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("PUBLISHED")
                .jsonPath("$.publishedVersion")
                .isEqualTo(2);
        assertThat(page())
                .contains("办结率98%")
                .contains("第2版，更正于")
                .contains("行政复议案件办结率由100%更正为98%。")
                .doesNotContain("办结率100%。");

        // Every save was a version; the diff shows what the correction changed.
        List<Map<String, Object>> versions = Api.as(EDITOR, port)
                .get()
                .uri("/api/staff/reports/" + id + "/versions")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
        assertThat(versions).extracting(version -> version.get("revision")).containsExactly(5, 4, 3, 2, 1);
        Api.as(EDITOR, port)
                .get()
                .uri("/api/staff/reports/" + id + "/diff?from=3&to=5")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.lines[?(@.kind == 'REMOVED')].text")
                .isEqualTo(List.of("2024年，濉溪县全面推进依法行政，行政复议案件办结率100%。"))
                .jsonPath("$.lines[?(@.kind == 'ADDED')].text")
                .isEqualTo(List.of("2024年，濉溪县全面推进依法行政，行政复议案件办结率98%。", "更正说明：行政复议案件办结率由100%更正为98%。"));

        // Withdrawal needs a reason; the page then gives it instead of the report, and the archive leaves it out.
        act(PUBLISHER, id, "withdraw", Map.of()).expectStatus().isBadRequest();
        act(PUBLISHER, id, "withdraw", Map.of("reason", "报告所引数据正在核实"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("WITHDRAWN")
                .jsonPath("$.withdrawal.reason")
                .isEqualTo("报告所引数据正在核实");
        Api.anonymous(port)
                .get()
                .uri("/reports/340621/2024/rule-of-law")
                .exchange()
                .expectStatus()
                .isEqualTo(410)
                .expectBody(String.class)
                .value(html -> assertThat(html)
                        .contains("本报告已撤回")
                        .contains("报告所引数据正在核实")
                        .doesNotContain("办结率98%"));
        // In English the notice names the agency by its English name first.
        Api.anonymous(port)
                .get()
                .uri("/reports/340621/2024/rule-of-law")
                .cookie(PortalPreferences.LOCALE_COOKIE, "en")
                .exchange()
                .expectStatus()
                .isEqualTo(410)
                .expectBody(String.class)
                .value(html -> assertThat(html)
                        .contains("<span lang=\"en\">Suixi County People&#39;s Government</span>")
                        .contains("<span lang=\"zh-CN\">濉溪县人民政府</span>) withdrew this report on"));
        Api.anonymous(port)
                .get()
                .uri("/api/reports?agency=340621&year=2024")
                .exchange()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(0);
    }

    @Test
    void theAgencysEditorsAndPublishersAloneSeeAndActOnItsReports() {
        String id = (String) create(EDITOR, "340621", 2023, "RULE_OF_LAW").get("id");
        Api.anonymous(port)
                .get()
                .uri("/api/staff/reports/" + id)
                .exchange()
                .expectStatus()
                .isUnauthorized();
        Api.as("citizen-demo", port)
                .get()
                .uri("/api/staff/reports/" + id)
                .exchange()
                .expectStatus()
                .isForbidden();
        Api.as("admin", port)
                .get()
                .uri("/api/staff/reports/" + id)
                .exchange()
                .expectStatus()
                .isForbidden();
        for (String outsider : List.of("officer-suixi", "editor-huaibei", "publisher-huaibei")) {
            Api.as(outsider, port)
                    .get()
                    .uri("/api/staff/reports/" + id)
                    .exchange()
                    .expectStatus()
                    .isNotFound();
        }
        Api.as(PUBLISHER, port)
                .get()
                .uri("/api/staff/reports/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.allowedActions")
                .isEqualTo(List.of());
        act(PUBLISHER, id, "submit", Map.of())
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:report-editor-only");
        Api.as("editor-huaibei", port)
                .post()
                .uri("/api/staff/reports")
                .bodyValue(Map.of("agency", "340621", "year", 2022, "kind", "RULE_OF_LAW"))
                .exchange()
                .expectStatus()
                .isForbidden();
        Api.as(PUBLISHER, port)
                .post()
                .uri("/api/staff/reports")
                .bodyValue(Map.of("agency", "340621", "year", 2022, "kind", "RULE_OF_LAW"))
                .exchange()
                .expectStatus()
                .isForbidden();
        Api.as(EDITOR, port)
                .post()
                .uri("/api/staff/reports")
                .bodyValue(Map.of("agency", "340621", "year", 2023, "kind", "RULE_OF_LAW"))
                .exchange()
                .expectStatus()
                .isEqualTo(409);
        Api.as(EDITOR, port)
                .get()
                .uri("/api/staff/reports")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.agency.code")
                .isEqualTo("340621")
                .jsonPath("$.items[?(@.year == 2019)].state")
                .isEqualTo(List.of("PUBLISHED"))
                .jsonPath("$.items[?(@.year == 2023)].state")
                .isEqualTo(List.of("DRAFT"));
        Api.as(EDITOR, port)
                .get()
                .uri("/api/staff/reports?agency=340600")
                .exchange()
                .expectStatus()
                .isNotFound();
        act(EDITOR, id, "fly", Map.of()).expectStatus().isNotFound();
    }

    @Test
    void anOpenGovernmentInformationReportCarriesTableThreeFromTheRecordsAndCannotBePublishedWhenItFailsTheCheck()
            throws Exception {
        Map<String, Object> draft = create("editor-huaibei", "340600", 2026, "OPEN_GOVERNMENT_INFORMATION");
        String id = (String) draft.get("id");
        Map<String, Object> statistics = Api.anonymous(port)
                .get()
                .uri("/api/disclosure/statistics?agency=340600&year=2026")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        @SuppressWarnings("unchecked")
        Map<String, Object> ogi = (Map<String, Object>) ((Map<String, Object>) draft.get("content")).get("ogi");
        @SuppressWarnings("unchecked")
        Map<String, Object> requests = (Map<String, Object>) ogi.get("requests");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) statistics.get("rows");
        assertThat(rows).hasSize(OgiTables.REQUEST_ROWS.size());
        rows.forEach(row -> assertThat(requests.get(row.get("key")))
                .as((String) row.get("key"))
                .isEqualTo(row.get("counts")));
        assertThat(statistics.get("checkHolds")).isEqualTo(true);

        // Table 四's totals are checked on every save.
        @SuppressWarnings("unchecked")
        Map<String, Object> content = new HashMap<>((Map<String, Object>) draft.get("content"));
        Map<String, Object> badRemedies = new HashMap<>(ogi);
        badRemedies.put(
                "remedies",
                Map.of("reconsideration", Map.of("upheld", 1, "corrected", 1, "other", 0, "pending", 0, "total", 3)));
        content.put("ogi", badRemedies);
        save("editor-huaibei", id, 1, content, null)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("content.ogi.remedies.reconsideration.total");

        // A hand-altered table 三 that breaks 一 + 二 = （七）总计 + 四 is saved but cannot go further.
        Map<String, Object> altered = new HashMap<>(ogi);
        Map<String, Object> alteredRequests = new HashMap<>(requests);
        @SuppressWarnings("unchecked")
        List<Integer> received = new ArrayList<>((List<Integer>) requests.get("RECEIVED"));
        received.set(0, received.get(0) + 1);
        received.set(6, received.get(6) + 1);
        alteredRequests.put("RECEIVED", received);
        altered.put("requests", alteredRequests);
        content.put("ogi", altered);
        save("editor-huaibei", id, 1, content, null).expectStatus().isOk();
        act("editor-huaibei", id, "submit", Map.of())
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("content.ogi.requests")
                .jsonPath("$.errors[0].message")
                .value(message -> assertThat((String) message).contains("自然人"));

        content.put("ogi", ogi);
        save("editor-huaibei", id, 2, content, null).expectStatus().isOk();
        act("editor-huaibei", id, "submit", Map.of()).expectStatus().isOk();
        act("publisher-huaibei", id, "approve", Map.of()).expectStatus().isOk();
        act("publisher-huaibei", id, "publish", Map.of()).expectStatus().isOk();
        String page = Api.anonymous(port)
                .get()
                .uri("/reports/340600/2026/open-government-information")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(page)
                .contains("一、本年新收政府信息公开申请数量")
                .contains("四、结转下年度继续办理")
                .contains("行政事业性收费")
                .contains("复议后起诉")
                .contains(
                        "<th colspan=\"7\" scope=\"colgroup\">申请人情况</th>",
                        "<th colspan=\"5\" scope=\"colgroup\">法人或其他组织</th>");
        byte[] pdf = Api.anonymous(port)
                .get()
                .uri("/reports/340600/2026/open-government-information.pdf")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        // Withdrawn, it leaves the archive and search to the demo reports other tests count.
        act("publisher-huaibei", id, "withdraw", Map.of("reason", "测试完毕"))
                .expectStatus()
                .isOk();
    }

    @Test
    void badDraftsAreRefusedNamingTheField() {
        String id = (String) create(EDITOR, "340621", 2021, "RULE_OF_LAW").get("id");
        Api.as(EDITOR, port)
                .put()
                .uri("/api/staff/reports/" + id + "/draft")
                .header("Content-Type", "application/json")
                .bodyValue("{\"revision\": 1, \"content\": {\"title\": 5, ")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:gongkai:malformed-body");
        Api.as(EDITOR, port)
                .put()
                .uri("/api/staff/reports/" + id + "/draft")
                .bodyValue(
                        Map.of("revision", 1, "content", Map.of("title", "t", "sections", List.of(), "colour", "red")))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("content.colour");
        Api.as(EDITOR, port)
                .put()
                .uri("/api/staff/reports/" + id + "/draft")
                .bodyValue(Map.of("content", Map.of("title", "t")))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("revision");
        Api.as(EDITOR, port)
                .put()
                .uri("/api/staff/reports/" + id + "/draft")
                .bodyValue(Map.of(
                        "revision",
                        1,
                        "content",
                        Map.of(
                                "title",
                                "t",
                                "sections",
                                List.of(Map.of(
                                        "label",
                                        "一、",
                                        "heading",
                                        "x".repeat(501),
                                        "runIn",
                                        false,
                                        "body",
                                        "",
                                        "children",
                                        List.of())))))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("content.sections[0].heading");
        Api.as(EDITOR, port)
                .put()
                .uri("/api/staff/reports/" + id + "/draft")
                .bodyValue(Map.of("revision", 1, "content", Map.of("title", "t\u0000")))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("content.title");
        // A whole report is allowed far more than other JSON bodies, but not without end.
        Api.as(EDITOR, port)
                .put()
                .uri("/api/staff/reports/" + id + "/draft")
                .bodyValue(Map.of("revision", 1, "content", Map.of("title", "t", "preamble", "字".repeat(150_000))))
                .exchange()
                .expectStatus()
                .isOk();
        Api.as(EDITOR, port)
                .put()
                .uri("/api/staff/reports/" + id + "/draft")
                .bodyValue(Map.of("revision", 2, "content", Map.of("title", "t", "preamble", "字".repeat(800_000))))
                .exchange()
                .expectStatus()
                .isEqualTo(413);
    }

    @Test
    void aWordDocumentIsImportedIntoItsNumberedParts() throws java.io.IOException {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("agency", "340621");
        parts.part("year", "2020");
        parts.part("kind", "RULE_OF_LAW");
        parts.part("file", new ByteArrayResource(ReportDocumentsTests.docx()) {
            @Override
            public String getFilename() {
                return "报告.docx";
            }
        });
        Api.as(EDITOR, port)
                .post()
                .uri("/api/staff/reports/import")
                .bodyValue(parts.build())
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("DRAFT")
                .jsonPath("$.content.title")
                .isEqualTo("濉溪县2024年法治政府建设年度报告")
                .jsonPath("$.content.sections[0].label")
                .isEqualTo("一、")
                .jsonPath("$.content.sections[0].children[0].label")
                .isEqualTo("（一）")
                .jsonPath("$.content.sections[0].children[0].children[0].label")
                .isEqualTo("一是")
                .jsonPath("$.content.sections[0].children[0].children[0].body")
                .value(body -> assertThat((String) body).contains("认真落实改革要求。").contains("| 行政复议 | 12 | 11 |"))
                .jsonPath("$.content.sections[1].heading")
                .isEqualTo("存在问题");

        MultipartBodyBuilder oldWord = new MultipartBodyBuilder();
        oldWord.part("agency", "340621");
        oldWord.part("year", "2018");
        oldWord.part("kind", "RULE_OF_LAW");
        oldWord.part("file", new ByteArrayResource(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}) {
            @Override
            public String getFilename() {
                return "报告.doc";
            }
        });
        Api.as(EDITOR, port)
                .post()
                .uri("/api/staff/reports/import")
                .bodyValue(oldWord.build())
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("file");
        MultipartBodyBuilder nothing = new MultipartBodyBuilder();
        nothing.part("year", "1999");
        Api.as(EDITOR, port)
                .post()
                .uri("/api/staff/reports/import")
                .bodyValue(nothing.build())
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .isEqualTo(List.of("agency", "year", "kind", "file"));
    }

    @Test
    void aFigureIsShownOnThePageAndCarriedInsideThePdf() throws Exception {
        Map<String, Object> draft = create(EDITOR, "340621", 2017, "RULE_OF_LAW");
        String id = (String) draft.get("id");
        Map<String, Object> stored = Api.as(EDITOR, port)
                .post()
                .uri("/api/staff/reports/" + id + "/images")
                .bodyValue(image(png()))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        String url = (String) stored.get("url");
        assertThat(url).matches("/reports/images/[0-9a-f-]{36}");
        Api.as(EDITOR, port)
                .post()
                .uri("/api/staff/reports/" + id + "/images")
                .bodyValue(image("<svg onload=alert(1)>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("file");
        Api.as(PUBLISHER, port)
                .post()
                .uri("/api/staff/reports/" + id + "/images")
                .bodyValue(image(png()))
                .exchange()
                .expectStatus()
                .isForbidden();

        save(EDITOR, id, 1, withFirstBody(draft, "办理情况见下图。\n\n![](" + url + ")"), null)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("content.sections[0].body");
        save(EDITOR, id, 1, withFirstBody(draft, "办理情况见下图。\n\n![图1 行政复议案件办理情况](" + url + ")"), null)
                .expectStatus()
                .isOk();
        // Until a published version shows it, a figure is the agency's staff's alone, and never stored on the way.
        Api.as(PUBLISHER, port)
                .get()
                .uri(url)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Cache-Control", "no-store")
                .expectBody(byte[].class)
                .isEqualTo(png());
        Api.anonymous(port).get().uri(url).exchange().expectStatus().isNotFound();
        Api.as("editor-huaibei", port).get().uri(url).exchange().expectStatus().isNotFound();
        act(EDITOR, id, "submit", Map.of()).expectStatus().isOk();
        act(PUBLISHER, id, "approve", Map.of()).expectStatus().isOk();
        act(PUBLISHER, id, "publish", Map.of()).expectStatus().isOk();

        assertThat(Api.anonymous(port)
                        .get()
                        .uri("/reports/340621/2017/rule-of-law")
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody())
                .contains("<img src=\"" + url + "\" alt=\"图1 行政复议案件办理情况\"");
        Api.anonymous(port)
                .get()
                .uri(url)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("image/png")
                .expectHeader()
                .valueMatches("Cache-Control", ".*immutable.*")
                .expectBody(byte[].class)
                .isEqualTo(png());
        byte[] pdf = Api.anonymous(port)
                .get()
                .uri("/reports/340621/2017/rule-of-law.pdf")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            long figures = java.util.stream.StreamSupport.stream(
                            document.getPages().spliterator(), false)
                    .flatMap(page -> java.util.stream.StreamSupport.stream(
                                    page.getResources().getXObjectNames().spliterator(), false)
                            .map(name -> {
                                try {
                                    return page.getResources().getXObject(name);
                                } catch (java.io.IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            }))
                    .filter(object -> object instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject)
                    .count();
            assertThat(figures).isEqualTo(1);
        }
        act(PUBLISHER, id, "withdraw", Map.of("reason", "测试完毕")).expectStatus().isOk();
        Api.anonymous(port).get().uri(url).exchange().expectStatus().isNotFound();
    }

    /** A small chart-like PNG. */
    private static byte[] png() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(120, 80, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, 120, 80);
        graphics.setColor(new java.awt.Color(0x1d, 0x70, 0xb8));
        graphics.fillRect(10, 30, 20, 50);
        graphics.fillRect(50, 10, 20, 70);
        graphics.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> image(
            byte[] bytes) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return "图1.png";
            }
        });
        return parts.build();
    }

    @Test
    void scriptInADraftNeverRuns() {
        Api.as(EDITOR, port)
                .post()
                .uri("/api/staff/reports/preview")
                .bodyValue(Map.of(
                        "markdown",
                        "正文<script>alert(1)</script><img src=x onerror=alert(2)>[链接](javascript:alert(3))"
                                + "![外站图片](https://tracker.example/p.png)"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.html")
                .value(html -> assertThat((String) html)
                        .doesNotContain("<script")
                        .doesNotContain("javascript:")
                        .doesNotContain("tracker.example")
                        .contains("&lt;script&gt;"));
    }

    private String page() {
        return Api.anonymous(port)
                .get()
                .uri("/reports/340621/2024/rule-of-law")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private List<String> auditActions(String id) {
        return database.sql("select action from audit_record where target_id = :id order by id")
                .bind("id", id)
                .map(row -> row.get("action", String.class))
                .all()
                .collectList()
                .block();
    }

    private Map<String, Object> create(String editor, String agency, int year, String kind) {
        return Api.as(editor, port)
                .post()
                .uri("/api/staff/reports")
                .bodyValue(Map.of("agency", agency, "year", year, "kind", kind))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
    }

    private WebTestClient.ResponseSpec save(
            String editor, String id, int revision, Map<String, Object> content, String note) {
        Map<String, Object> body = new HashMap<>(Map.of("revision", revision, "content", content));
        if (note != null) {
            body.put("correctionNote", note);
        }
        return Api.as(editor, port)
                .put()
                .uri("/api/staff/reports/" + id + "/draft")
                .bodyValue(body)
                .exchange();
    }

    private WebTestClient.ResponseSpec act(String who, String id, String action, Map<String, Object> body) {
        return Api.as(who, port)
                .post()
                .uri("/api/staff/reports/" + id + "/actions/" + action)
                .bodyValue(body)
                .exchange();
    }

    @SuppressWarnings("unchecked")
    private static List<String> headings(Map<String, Object> draft) {
        List<Map<String, Object>> sections =
                (List<Map<String, Object>>) ((Map<String, Object>) draft.get("content")).get("sections");
        return sections.stream()
                .map(section -> section.get("label") + "" + section.get("heading"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withFirstBody(Map<String, Object> draft, String body) {
        Map<String, Object> content = new HashMap<>((Map<String, Object>) draft.get("content"));
        List<Map<String, Object>> sections = new ArrayList<>((List<Map<String, Object>>) content.get("sections"));
        Map<String, Object> first = new HashMap<>(sections.get(0));
        first.put("body", body);
        sections.set(0, first);
        content.put("sections", sections);
        return content;
    }
}
