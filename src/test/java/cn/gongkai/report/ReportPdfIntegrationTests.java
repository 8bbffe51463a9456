package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.platform.pdf.VeraPdf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The Suixi 2019 report as a PDF: tagged and archival, its text intact, rendered once, served with an entity tag. */
@IntegrationTest
class ReportPdfIntegrationTests {

    private static final String SUIXI = "/reports/340621/2019/rule-of-law.pdf";

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Test
    void servesTheStoredPdfWithAnEntityTag() throws Exception {
        var first = Api.anonymous(port)
                .get()
                .uri(SUIXI)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PDF)
                .expectHeader()
                .valueMatches("ETag", "\"[0-9a-f]{64}\"")
                .expectBody(byte[].class)
                .returnResult();
        String etag = first.getResponseHeaders().getETag();
        byte[] pdf = first.getResponseBody();

        Api.anonymous(port)
                .get()
                .uri(SUIXI)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", etag)
                .expectBody(byte[].class)
                .value(bytes -> assertThat(bytes).isEqualTo(first.getResponseBody()));
        Api.anonymous(port)
                .get()
                .uri(SUIXI)
                .header("If-None-Match", etag)
                .exchange()
                .expectStatus()
                .isNotModified();
        Api.anonymous(port)
                .get()
                .uri("/reports/340621/2018/rule-of-law.pdf")
                .exchange()
                .expectStatus()
                .isNotFound();

        // The stored PDFs decide what is served: dropped, the next reader gets a fresh rendering, not a remembered one.
        database.sql("delete from annual_report_pdf").then().block();
        Api.anonymous(port).get().uri(SUIXI).exchange().expectStatus().isOk();
        assertThat(database.sql("select count(*) as stored from annual_report_pdf")
                        .map(row -> row.get("stored", Long.class))
                        .one()
                        .block())
                .isEqualTo(1L);
    }

    @Test
    void theSuixiReportIsAccessibleAndReadsAsItsText() throws Exception {
        byte[] pdf = Api.anonymous(port)
                .get()
                .uri(SUIXI)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();

        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        String source =
                database.sql("""
                        select p.plain_text from annual_report_publication p join annual_report r on r.id = p.report_id
                        join agency a on a.id = r.agency_id where a.code = '340621' and r.year = 2019
                        """).map(row -> row.get(0, String.class)).one().block();
        // The title from the cover, then the text after the contents, without the page footers.
        String body = "濉溪县人民政府关于2019年度法治政府建设情况的报告"
                + pdftotext(pdf, 3).replaceAll("第\\s*\\d+\\s*页\\s*/\\s*共\\s*\\d+\\s*页", "");
        assertThat(squeeze(body)).isEqualTo(squeeze(source));
    }

    private static String pdftotext(byte[] pdf, int firstPage) throws Exception {
        Path file = Files.createTempFile("report", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder(
                            "pdftotext", "-enc", "UTF-8", "-f", Integer.toString(firstPage), file.toString(), "-")
                    .redirectErrorStream(true)
                    .start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).isZero();
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }
}
