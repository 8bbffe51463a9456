package cn.gongkai.report.internal;

import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The text of a document staff import (导入): a Word .docx read paragraph by paragraph with its tables as
 * {@code a | b | c} rows, or plain text in UTF-8 or, as many older Chinese files are, GB 18030. Which it is
 * is told by the bytes, not by the file's name.
 */
public final class ReportDocuments {

    /** The largest document accepted. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private static final Logger log = LoggerFactory.getLogger(ReportDocuments.class);

    private ReportDocuments() {}

    /** The document's text, one paragraph per line; parsing runs off the event loop. */
    public static Mono<String> text(byte[] document) {
        if (document.length == 0) {
            return Mono.error(unreadable("report.file-empty"));
        }
        if (startsWith(document, OLE)) {
            return Mono.error(unreadable("report.file-doc"));
        }
        if (startsWith(document, ZIP)) {
            return Mono.fromCallable(() -> docx(document)).subscribeOn(Schedulers.boundedElastic());
        }
        return Mono.fromCallable(() -> plain(document));
    }

    private static String docx(byte[] document) {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(document))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : word.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    table.getRows()
                            .forEach(row -> text.append(row.getTableCells().stream()
                                            .map(XWPFTableCell::getText)
                                            .map(cell -> cell.replace('|', '｜')
                                                    .replaceAll("\\s+", " ")
                                                    .strip())
                                            .collect(Collectors.joining(" | ")))
                                    .append(" |\n"));
                    text.append('\n');
                }
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            // A damaged or hostile file is the sender's problem (400), but what the parser said is kept for the log.
            log.info("an imported .docx could not be read: {}", e.toString(), e);
            throw unreadable("report.file-unreadable").causedBy(e);
        }
    }

    private static String plain(byte[] document) {
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try {
                String text = charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(document))
                        .toString();
                if (text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                    return text;
                }
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        throw unreadable("report.file-type");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static PortalException unreadable(String messageKey) {
        return new PortalException(HttpStatus.BAD_REQUEST, "validation", List.of(new FieldProblem("file", messageKey)));
    }
}
