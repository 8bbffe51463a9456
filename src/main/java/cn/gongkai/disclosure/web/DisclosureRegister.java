package cn.gongkai.disclosure.web;

import cn.gongkai.disclosure.ApplicantKind;
import cn.gongkai.disclosure.DisclosureRequest;
import cn.gongkai.disclosure.DisclosureRequests.Viewed;
import cn.gongkai.disclosure.DisclosureState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The agency's register of disclosure requests (政府信息公开申请登记台账) as CSV: one row per request received in
 * the year, as officers keep it in a spreadsheet. UTF-8 with a byte-order mark, which spreadsheet programs need
 * to read Chinese; identity numbers stay masked and phone numbers are left out. Written as it is read, row by row.
 */
final class DisclosureRegister {

    static final List<String> HEADER =
            List.of("申请编号", "收到申请日期", "提交方式", "申请人类型", "申请人", "所需政府信息", "办理状态", "答复期限", "办结日期", "答复结果", "承办人");

    private static final Map<DisclosureState, String> STATES = Map.of(
            DisclosureState.RECEIVED, "已收到",
            DisclosureState.AWAITING_CORRECTION, "待补正",
            DisclosureState.IN_PROGRESS, "办理中",
            DisclosureState.AWAITING_OPINION, "征求意见中",
            DisclosureState.AWAITING_FEE, "待缴费",
            DisclosureState.ANSWERED, "已答复",
            DisclosureState.WITHDRAWN, "已撤回",
            DisclosureState.LAPSED, "逾期未补正",
            DisclosureState.FEE_UNPAID, "逾期未缴费");

    private static final Map<ApplicantKind, String> APPLICANTS = Map.of(
            ApplicantKind.NATURAL_PERSON, "自然人",
            ApplicantKind.COMMERCIAL_ENTERPRISE, "商业企业",
            ApplicantKind.RESEARCH_INSTITUTION, "科研机构",
            ApplicantKind.PUBLIC_INTEREST_ORGANISATION, "社会公益组织",
            ApplicantKind.LEGAL_SERVICE_ORGANISATION, "法律服务机构",
            ApplicantKind.OTHER_ORGANISATION, "其他");

    /** Excel's dialect: quotes where needed, CRLF between rows. */
    private static final CSVFormat FORMAT = CSVFormat.EXCEL;

    private static final int ROWS_PER_BUFFER = 200;

    private DisclosureRegister() {}

    /**
     * A text cell as a spreadsheet must read it: one that Excel or WPS would take for a formula (it begins with
     * = + - @, a tab or a carriage return) starts with an apostrophe instead, as OWASP advises against CSV injection.
     */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * The register of {@code requests}, in the order given, as it is written to the response: the byte-order mark and
     * the header first, then the rows as the requests arrive, {@value #ROWS_PER_BUFFER} to a buffer, so that memory
     * holds a few rows whatever the year's volume.
     */
    static Flux<DataBuffer> csv(Flux<Viewed> requests, DataBufferFactory buffers) {
        Mono<DataBuffer> header = Mono.fromSupplier(() -> {
            StringBuilder out = new StringBuilder("\uFEFF");
            print(out, FORMAT.builder().setHeader(HEADER.toArray(String[]::new)).get(), List.of());
            return encode(out, buffers);
        });
        Flux<DataBuffer> rows = requests.buffer(ROWS_PER_BUFFER).map(chunk -> {
            StringBuilder out = new StringBuilder();
            print(out, FORMAT, chunk);
            return encode(out, buffers);
        });
        return Flux.concat(header, rows);
    }

    private static void print(StringBuilder out, CSVFormat format, List<Viewed> requests) {
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Viewed viewed : requests) {
                printer.printRecord(row(viewed));
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException("writing to memory", impossible);
        }
    }

    private static Object[] row(Viewed viewed) {
        DisclosureRequest request = viewed.request();
        LocalDate dueOn = viewed.deadline().dueOn();
        return new Object[] {
            request.number(),
            request.receivedOn(),
            DisclosureLetters.channelName(request.receiptChannel()),
            APPLICANTS.get(request.application().applicant().kind()),
            cell(request.application().applicant().name()),
            cell(request.information().title()),
            STATES.get(request.state()),
            request.state().isFinal() || dueOn == null ? "" : dueOn,
            request.closedOn() == null ? "" : request.closedOn(),
            request.outcome() == null ? "" : request.outcome().label(),
            cell(request.assignee())
        };
    }

    private static DataBuffer encode(CharSequence text, DataBufferFactory buffers) {
        return buffers.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
