package cn.gongkai.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.platform.PortalException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Documents staff import are read by their bytes: Word, UTF-8 or GB 18030 text, and nothing else. */
public class ReportDocumentsTests {

    static final String TEXT = "濉溪县2024年法治政府建设年度报告\n一、工作开展情况\n（一）依法全面履行政府职能\n一是优化机构设置。认真落实改革要求。\n";

    /** A Word document with the report's headings and a table, as staff would write it. */
    public static byte[] docx() throws IOException {
        try (XWPFDocument word = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TEXT.lines().forEach(line -> word.createParagraph().createRun().setText(line));
            XWPFTable table = word.createTable(2, 3);
            String[][] cells = {{"类别", "收到", "办结"}, {"行政复议", "12", "11"}};
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 3; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            word.createParagraph().createRun().setText("二、存在问题");
            word.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aWordDocumentGivesItsParagraphsAndTablesInOrder() throws IOException {
        assertThat(ReportDocuments.text(docx()).block())
                .isEqualTo(TEXT + "类别 | 收到 | 办结 |\n行政复议 | 12 | 11 |\n\n二、存在问题\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030"})
    void plainTextIsReadInEitherEncoding(String encoding) {
        assertThat(ReportDocuments.text(TEXT.getBytes(Charset.forName(encoding)))
                        .block())
                .isEqualTo(TEXT);
    }

    @Test
    void anythingElseIsRefusedNamingTheFile() {
        byte[] oldWord = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0};
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3};
        byte[] binary = {0, 1, 2, 3, (byte) 0xFF};
        for (byte[] document : new byte[][] {new byte[0], oldWord, brokenZip, binary}) {
            assertThatThrownBy(() -> ReportDocuments.text(document).block())
                    .isInstanceOfSatisfying(
                            PortalException.class,
                            problem -> assertThat(problem.fieldProblems().get(0).field())
                                    .isEqualTo("file"));
        }
    }

    @Test
    void aDamagedWordDocumentKeepsWhatTheParserSaidAsTheCause() {
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3};

        assertThatThrownBy(() -> ReportDocuments.text(brokenZip).block())
                .isInstanceOfSatisfying(PortalException.class, problem -> {
                    assertThat(problem.getCause()).isNotNull();
                    assertThat(problem.slug()).isEqualTo("validation");
                    assertThat(problem.getStatusCode().value()).isEqualTo(400);
                    assertThat(problem.fieldProblems().get(0).messageKey()).isEqualTo("report.file-unreadable");
                });
    }
}
