package cn.gongkai.disclosure;

import static cn.gongkai.disclosure.DisclosureTestData.application;
import static cn.gongkai.disclosure.DisclosureTestData.freshDepartmentWithOfficer;
import static cn.gongkai.disclosure.DisclosureTestData.officerOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.TestClock;
import cn.gongkai.audit.AuditSealing;
import cn.gongkai.platform.pdf.Letters;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Attachments, released documents and the two letters, read back as a reader's PDF viewer would. */
@IntegrationTest
class DisclosureDocumentsIntegrationTests {

    private static final String CITIZEN = "citizen-demo";
    private static final String OFFICER = "officer-huaibei";
    private static final byte[] SCAN = "%PDF-1.4\n% 申请人身份证明\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    private static final String CONTACT = "联系地址：安徽省淮北市（邮政编码235000）" + "联系电话：0561-12345；办公时间：工作日8:30–12:00，14:30–17:30";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    DatabaseClient database;

    @Autowired
    AuditSealing sealing;

    @Test
    void acceptsOnlyPdfJpegAndPngJudgedByTheirContent() {
        upload(CITIZEN, "扫描件.pdf", SCAN)
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.contentType")
                .isEqualTo("application/pdf")
                .jsonPath("$.fileName")
                .isEqualTo("扫描件.pdf");
        upload(CITIZEN, "photo.png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))
                .expectStatus()
                .isEqualTo(415)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("file");
        upload(CITIZEN, "empty.pdf", new byte[0]).expectStatus().isBadRequest();
        byte[] large = new byte[DisclosureFiles.MAX_BYTES + 1];
        System.arraycopy(SCAN, 0, large, 0, SCAN.length);
        upload(CITIZEN, "../../etc/passwd.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.fileName")
                .isEqualTo("passwd.png");
        assertThat(Api.statusOfRequestAnsweredEarly(
                        Api.as(CITIZEN, port), client -> upload(client, "large.pdf", large)))
                .isEqualTo(413);
    }

    @Test
    void anAttachmentIsSeenByItsUploaderAndTheAgencyOnly() {
        String file = uploadedId(CITIZEN, "身份证明.pdf");
        Map<String, Object> body = application("340600", "附件可见范围");
        body.put("attachments", List.of(file));

        Api.as("enterprise-demo", port)
                .post()
                .uri("/api/disclosure/requests")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("attachments");
        submit(body)
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.attachments[0]")
                .isEqualTo(file)
                .jsonPath("$.files[0].id")
                .isEqualTo(file)
                .jsonPath("$.files[0].fileName")
                .isEqualTo("身份证明.pdf")
                .jsonPath("$.files[0].contentType")
                .isEqualTo("application/pdf");

        download(CITIZEN, file).expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF);
        download(OFFICER, file).expectStatus().isOk();
        download("officer-suixi", file).expectStatus().isNotFound();
        download("enterprise-demo", file).expectStatus().isNotFound();
    }

    @Test
    void aReceiptPrintsTheApplicantsRareCharactersAndCopiesAsTheNameWritten() throws IOException {
        clock.setDay(LocalDate.parse("2026-03-02"));
        submit(applicationBy("张𠀀𪚥𫓧𬺰")).expectStatus().isCreated();
        String number = DisclosureTestData.latestNumberOf(database, CITIZEN);

        EntityExchangeResult<byte[]> receipt =
                pdfResult(OFFICER, "/api/staff/disclosure/requests/" + number + "/receipt.pdf");

        assertThat(pdfLines(receipt.getResponseBody())).contains("张𠀀𪚥𫓧𬺰");
        assertThat(receipt.getResponseHeaders().containsHeader(Letters.GLYPH_PLACEHOLDERS))
                .isFalse();
        staffView(number).jsonPath("$.charactersWithoutGlyph").isEmpty();
    }

    @Test
    void aCharacterNoFontHasIsCopiedAsWrittenAndNamedToStaff() throws IOException {
        clock.setDay(LocalDate.parse("2026-03-02"));
        // A private-use code (GB 18030-2000 put a character there) and an Extension H ideograph no free font has.
        String name = "张\uE78D\uD884\uDF53";
        submit(applicationBy(name)).expectStatus().isCreated();
        String number = DisclosureTestData.latestNumberOf(database, CITIZEN);

        EntityExchangeResult<byte[]> receipt =
                pdfResult(OFFICER, "/api/staff/disclosure/requests/" + number + "/receipt.pdf");

        assertThat(pdfLines(receipt.getResponseBody())).contains(name);
        assertThat(receipt.getResponseHeaders().getFirst(Letters.GLYPH_PLACEHOLDERS))
                .isEqualTo("U+E78D U+31353");
        // Staff see them on the request before any letter is opened; the applicant's own view does not list them.
        staffView(number).jsonPath("$.charactersWithoutGlyph").isEqualTo(List.of("U+E78D", "U+31353"));
        Api.as(CITIZEN, port)
                .get()
                .uri("/api/disclosure/requests/" + number)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.charactersWithoutGlyph")
                .isEmpty();
    }

    private WebTestClient.BodyContentSpec staffView(String number) {
        return Api.as(OFFICER, port)
                .get()
                .uri("/api/staff/disclosure/requests/" + number)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody();
    }

    @Test
    void theReceiptAndTheReplyLetterReadExactlyAsWritten() throws IOException {
        clock.setDay(LocalDate.parse("2026-03-02"));
        submit(application("340600", "2025年部门预算")).expectStatus().isCreated();
        String number = DisclosureTestData.latestNumberOf(database, CITIZEN);

        assertThat(DisclosureTestData.pdfText(pdf(CITIZEN, "/api/disclosure/requests/" + number + "/receipt.pdf")))
                .isEqualTo(DisclosureTestData.squeeze("淮北市人民政府 政府信息公开申请登记回执 申请编号：" + number
                        + " 申请人 张明 所需政府信息 2025年部门预算 提交方式 网上申请 收到申请日期 2026年3月2日"
                        + " 答复期限 2026年3月30日 2026年3月2日收到申请，答复期限自次日起计算。"
                        + " 答复期限按工作日计算，自收到申请之日的次日起算。申请内容不明确的，本机关将在收到申请之日起7个工作日内一次性"
                        + "告知补正，答复期限自收到补正后的申请之日起重新计算；征求第三方或者其他机关意见所需时间不计算在答复期限内；"
                        + "需要延长答复期限的，将经政府信息公开工作机构负责人同意并告知您（《中华人民共和国政府信息公开条例》第三十条"
                        + "至第三十三条）。 您可以登录本网站“我的申请”，凭申请编号查看办理进度。 淮北市人民政府 2026年3月2日 "
                        + CONTACT + " 第 1 页 / 共 1 页"));
        Api.as(CITIZEN, port)
                .get()
                .uri("/api/disclosure/requests/" + number + "/reply-letter.pdf")
                .exchange()
                .expectStatus()
                .isEqualTo(409);

        String released = uploadedId(OFFICER, "2025年部门预算（公开版）.pdf");
        clock.setDay(LocalDate.parse("2026-03-20"));
        Api.as(OFFICER, port)
                .post()
                .uri("/api/staff/disclosure/requests/" + number + "/actions/reply")
                .bodyValue(Map.of(
                        "outcome",
                        "PARTLY_DISCLOSED",
                        "explanation",
                        "涉及第三方商业秘密，第三方不同意公开。",
                        "withheldParts",
                        "政府采购供应商报价",
                        "documents",
                        List.of(released)))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.files[*].fileName")
                .isEqualTo(List.of("2025年部门预算（公开版）.pdf"));
        Api.as(CITIZEN, port)
                .get()
                .uri("/api/disclosure/requests/" + number)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.files[0].id")
                .isEqualTo(released);

        assertThat(DisclosureTestData.pdfText(pdf(CITIZEN, "/api/disclosure/requests/" + number + "/reply-letter.pdf")))
                .isEqualTo(DisclosureTestData.squeeze("淮北市人民政府 政府信息公开申请答复告知书 " + number + " 张明："
                        + " 本机关于2026年3月2日收到您提出的政府信息公开申请，申请获取“2025年部门预算”。 现答复如下："
                        + " 经审查，您申请获取的政府信息中含有不应当公开的内容，能够作区分处理，本机关决定对可以公开的部分予以公开，"
                        + "对不应当公开的部分不予公开。 不予公开的内容：政府采购供应商报价 理由：涉及第三方商业秘密，第三方不同意公开。"
                        + " 随本告知书提供以下政府信息：2025年部门预算（公开版）.pdf。"
                        + " 依据：《中华人民共和国政府信息公开条例》第三十七条。"
                        + " 如对本答复不服，可以自收到本告知书之日起六十日内依法向安徽省人民政府申请行政复议，或者自收到本告知书之日起"
                        + "六个月内依法向淮北市中级人民法院提起行政诉讼。 淮北市人民政府 2026年3月20日 " + CONTACT
                        + " 第 1 页 / 共 1 页"));
        download(CITIZEN, released).expectStatus().isOk();
        pdf(OFFICER, "/api/staff/disclosure/requests/" + number + "/reply-letter.pdf");
    }

    @Test
    void theReplyLetterNamesTheRemedyBodiesOfTheDayOfTheReplyWhateverTheDirectorySaysLater() throws IOException {
        String agency = freshDepartmentWithOfficer(database, "淮北市相山区人民法院");
        clock.setDay(LocalDate.parse("2026-03-02"));
        String number = paperApplication(agency, "2025年行政执法统计年报");
        clock.setDay(LocalDate.parse("2026-03-10"));
        DisclosureTestData.act(
                        port,
                        officerOf(agency),
                        number,
                        "reply",
                        Map.of("outcome", "DISCLOSED", "accessArrangements", "工作日到淮北市政务服务中心领取"))
                .expectStatus()
                .isOk();
        String remedies = "如对本答复不服，可以自收到本告知书之日起六十日内依法向淮北市人民政府申请行政复议，或者自收到本告知书" + "之日起六个月内依法向淮北市相山区人民法院提起行政诉讼。";
        assertThat(replyLetterText(agency, number)).contains(DisclosureTestData.squeeze(remedies));

        // The directory changes after the reply: the letter issued still names what it named that day.
        database.sql("update agency set reconsideration_body = '另一机关', competent_court = '另一法院' where code = :code")
                .bind("code", agency)
                .then()
                .block();
        assertThat(replyLetterText(agency, number))
                .contains(DisclosureTestData.squeeze(remedies))
                .doesNotContain("另一机关", "另一法院");
        Api.anonymous(port)
                .get()
                .uri("/api/agencies/" + agency)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.reconsiderationBody")
                .isEqualTo("另一机关")
                .jsonPath("$.competentCourt")
                .isEqualTo("另一法院");

        // A reply made before the bodies were kept with it names those of the directory now. Such a reply is made
        // here by taking them out of its event: the one change to a timeline the database lets only a test make.
        database.sql("""
                        alter table disclosure_event disable trigger disclosure_event_append_only;
                        update disclosure_event set details = details - 'reconsiderationBody' - 'competentCourt'
                        where type = 'REPLIED' and request_id = (select id from disclosure_request where number = '%s');
                        alter table disclosure_event enable trigger disclosure_event_append_only;
                        """.formatted(number)).then().block();
        assertThat(replyLetterText(agency, number))
                .contains(DisclosureTestData.squeeze("六十日内依法向另一机关申请行政复议，或者自收到本告知书之日起六个月内依法向另一法院提起行政诉讼。"));
    }

    @Test
    void aReplyLetterNamesNoCourtWhereNoneIsConfigured() throws IOException {
        String agency = freshDepartmentWithOfficer(database, null);
        clock.setDay(LocalDate.parse("2026-03-02"));
        String number = paperApplication(agency, "2025年部门决算");
        DisclosureTestData.act(
                        port,
                        officerOf(agency),
                        number,
                        "reply",
                        Map.of("outcome", "DISCLOSED", "accessArrangements", "工作日到淮北市政务服务中心领取"))
                .expectStatus()
                .isOk();

        assertThat(replyLetterText(agency, number))
                .contains(DisclosureTestData.squeeze(
                        "如对本答复不服，可以自收到本告知书之日起六十日内依法向淮北市人民政府申请行政复议，或者自收到本告知书之日起" + "六个月内依法向人民法院提起行政诉讼。"));
    }

    @Test
    void downloadsAtTheSameMomentAreEachAuditedOnOneUnbrokenChain() throws Exception {
        long before = database.sql("select coalesce(max(id), 0) as id from audit_record")
                .map(row -> row.get("id", Long.class))
                .one()
                .block();
        int downloads = 12;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(downloads);
        try {
            var statuses = pool.invokeAll(java.util.Collections.nCopies(
                    downloads,
                    () -> Api.as(OFFICER, port)
                            .get()
                            .uri("/api/staff/disclosure/register.csv?agency=340600&year=2026")
                            .exchange()
                            .expectBody(byte[].class)
                            .returnResult()
                            .getStatus()
                            .value()));
            for (var status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        // Each record follows the one before it once sealed: no two took the same place at the end of the chain.
        sealing.sealPending().block();
        assertThat(database.sql("""
                                select count(*) as n from audit_record r
                                join audit_record p on p.seq = r.seq - 1 and p.hash = r.previous_hash
                                where r.id > :before and r.action = 'disclosure.register-exported'
                                """)
                        .bind("before", before)
                        .map(row -> row.get("n", Long.class))
                        .one()
                        .block())
                .isEqualTo(downloads);
    }

    @Test
    void theRegisterListsTheYearsRequestsForTheAgencysStaffAloneAndEveryDownloadIsAudited() {
        clock.setDay(LocalDate.parse("2026-04-01"));
        submit(application("340600", "2025年政府工作报告附表")).expectStatus().isCreated();
        String number = DisclosureTestData.latestNumberOf(database, CITIZEN);

        var download = Api.as(OFFICER, port)
                .get()
                .uri("/api/staff/disclosure/register.csv?agency=340600&year=2026")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith("text/csv")
                .expectHeader()
                .valueEquals("Cache-Control", "no-store")
                .expectBody(byte[].class)
                .returnResult();
        String csv = new String(download.getResponseBody(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF申请编号,收到申请日期,提交方式,申请人类型,申请人,所需政府信息,办理状态,答复期限,办结日期,答复结果,承办人\r\n");
        assertThat(csv.lines().filter(line -> line.startsWith(number)).findFirst())
                .hasValue(number + ",2026-04-01,网上申请,自然人,张明,2025年政府工作报告附表,已收到,2026-04-30,,,");
        assertThat(csv).doesNotContain("13812345678", "11010519491231002X");

        // A title a spreadsheet would take for a formula is written as text.
        submit(application("340600", "+SUM(1,2)")).expectStatus().isCreated();
        String formula = DisclosureTestData.latestNumberOf(database, CITIZEN);
        submit(application("340600", "@cmd|' /C calc'!A0")).expectStatus().isCreated();
        String command = DisclosureTestData.latestNumberOf(database, CITIZEN);
        csv = new String(
                Api.as(OFFICER, port)
                        .get()
                        .uri("/api/staff/disclosure/register.csv?agency=340600&year=2026")
                        .exchange()
                        .expectBody(byte[].class)
                        .returnResult()
                        .getResponseBody(),
                StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(line -> line.startsWith(formula)).findFirst())
                .hasValueSatisfying(line -> assertThat(line).contains(",\"'+SUM(1,2)\","));
        assertThat(csv.lines().filter(line -> line.startsWith(command)).findFirst())
                .hasValueSatisfying(line -> assertThat(line).contains(",'@cmd|' /C calc'!A0,"));
        assertThat(download.getResponseHeaders().getContentDisposition().getFilename())
                .isEqualTo("340600-2026-政府信息公开申请登记台账.csv");
        assertThat(database.sql("select count(*) as n from audit_record where action = 'disclosure.register-exported'")
                        .map(row -> row.get("n", Long.class))
                        .one()
                        .block())
                .isPositive();

        Api.as(OFFICER, port)
                .get()
                .uri("/api/staff/disclosure/register.csv?agency=340600&year=1999")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("year");
        Api.as("officer-suixi", port)
                .get()
                .uri("/api/staff/disclosure/register.csv?agency=340600&year=2026")
                .exchange()
                .expectStatus()
                .isNotFound();
        Api.as(CITIZEN, port)
                .get()
                .uri("/api/staff/disclosure/register.csv?agency=340600&year=2026")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private String paperApplication(String agency, String title) {
        return DisclosureTestData.paperApplication(port, agency, title, LocalDate.now(clock));
    }

    private String replyLetterText(String agency, String number) throws IOException {
        return DisclosureTestData.pdfText(
                pdf(officerOf(agency), "/api/staff/disclosure/requests/" + number + "/reply-letter.pdf"));
    }

    @Test
    void aRegisterOfThousandsOfRequestsListsEveryOneInTheOrderOfReceipt() throws IOException {
        String agency = freshDepartmentWithOfficer(database, null);
        String template = DisclosureTestData.paperApplication(port, agency, "登记台账第1号", LocalDate.parse("2025-01-02"));
        // 1,999 more of the same applicant, received in a shuffled order over the year, each with its own title.
        database.sql("""
                        insert into disclosure_request
                        select (jsonb_populate_record(null::disclosure_request, to_jsonb(t) || jsonb_build_object(
                            'id', gen_random_uuid(),
                            'number', '%1$s-2025-' || lpad(g.n::text, 5, '0'),
                            'info_title', '登记台账第' || g.n || '号',
                            'received_on', date '2025-01-02' + (g.n * 7919 %% 360)))).*
                        from disclosure_request t cross join generate_series(2, 2000) as g (n)
                        where t.number = '%2$s';
                        insert into disclosure_event (request_id, seq, type, occurred_on, recorded_at, actor,
                            actor_role, details)
                        select r.id, 1, e.type, r.received_on, r.received_on::timestamptz, e.actor, e.actor_role,
                            e.details
                        from disclosure_request t
                        join disclosure_event e on e.request_id = t.id and e.seq = 1
                        join disclosure_request r on r.agency_id = t.agency_id and r.id <> t.id
                        where t.number = '%2$s';
                        """.formatted(agency, template)).then().block();

        byte[] body = Api.as(officerOf(agency), port)
                .get()
                .uri("/api/staff/disclosure/register.csv?agency=" + agency + "&year=2025")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF申请编号,");
        List<CSVRecord> rows = CSVFormat.EXCEL
                .builder()
                .setSkipHeaderRecord(true)
                .setHeader()
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();

        assertThat(rows).hasSize(2000);
        assertThat(rows)
                .extracting(row -> row.get("收到申请日期") + " " + row.get("申请编号"))
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(rows).allSatisfy(row -> {
            int n = Integer.parseInt(row.get("申请编号").substring(row.get("申请编号").lastIndexOf('-') + 1));
            LocalDate receivedOn = LocalDate.parse(row.get("收到申请日期"));
            assertThat(row.get("所需政府信息")).isEqualTo("登记台账第" + n + "号");
            assertThat(receivedOn)
                    .isEqualTo(
                            n == 1
                                    ? LocalDate.parse("2025-01-02")
                                    : LocalDate.parse("2025-01-02").plusDays(n * 7919L % 360));
            // Twenty working days from its own receipt: each row was read with its own timeline.
            assertThat(LocalDate.parse(row.get("答复期限"))).isBetween(receivedOn.plusDays(24), receivedOn.plusDays(45));
        });
        assertThat(database.sql("""
                        select details::jsonb ->> 'requests' from audit_record
                        where action = 'disclosure.register-exported' and target_id = :agency
                        """)
                        .bind("agency", agency)
                        .map(row -> row.get(0, String.class))
                        .one()
                        .block())
                .isEqualTo("2000");
    }

    private WebTestClient.ResponseSpec upload(String subject, String name, byte[] content) {
        return upload(Api.as(subject, port), name, content);
    }

    private static WebTestClient.ResponseSpec upload(WebTestClient client, String name, byte[] content) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return client.post()
                .uri("/api/disclosure/files")
                .body(BodyInserters.fromMultipartData(parts.build()))
                .exchange();
    }

    private String uploadedId(String subject, String name) {
        return upload(subject, name, SCAN)
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .toString();
    }

    private WebTestClient.ResponseSpec download(String subject, String id) {
        return Api.as(subject, port).get().uri("/api/disclosure/files/" + id).exchange();
    }

    private WebTestClient.ResponseSpec submit(Map<String, Object> body) {
        return Api.as(CITIZEN, port)
                .post()
                .uri("/api/disclosure/requests")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .bodyValue(body)
                .exchange();
    }

    private Map<String, Object> applicationBy(String applicant) {
        Map<String, Object> application = application("340600", "2025年部门预算");
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) application.get("applicant");
        person.put("name", applicant);
        return application;
    }

    private EntityExchangeResult<byte[]> pdfResult(String subject, String path) {
        return Api.as(subject, port)
                .get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult();
    }

    /** The lines pdftotext reads, each stripped: a table cell's text alone on its line, exactly as extracted. */
    private static List<String> pdfLines(byte[] pdf) throws IOException {
        Path file = Files.createTempFile("letter", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true)
                    .start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).isZero();
            return text.lines().map(String::strip).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private byte[] pdf(String subject, String path) {
        return Api.as(subject, port)
                .get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
    }
}
