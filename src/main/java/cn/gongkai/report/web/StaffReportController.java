package cn.gongkai.report.web;

import cn.gongkai.disclosure.TableThree;
import cn.gongkai.platform.PortalException;
import cn.gongkai.platform.PortalException.FieldProblem;
import cn.gongkai.report.OgiTables;
import cn.gongkai.report.ReportAction;
import cn.gongkai.report.ReportContent;
import cn.gongkai.report.ReportDraft;
import cn.gongkai.report.ReportDraftVersion;
import cn.gongkai.report.ReportDrafts;
import cn.gongkai.report.ReportImages;
import cn.gongkai.report.ReportKind;
import cn.gongkai.report.internal.ReportDocuments;
import cn.gongkai.report.internal.ReportRendering;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The agency's side of annual reports: drafting, versions, import and the review and publication workflow. */
@RestController
@Tag(name = "reports-staff", description = "年度报告编辑与发布 Writing and publishing annual reports")
class StaffReportController {

    /** A whole report may be far larger than other JSON bodies; this is its own limit. */
    static final int MAX_DRAFT_BYTES = 2 * 1024 * 1024;

    private final ReportDrafts drafts;
    private final ReportImages images;
    private final JsonMapper json;
    private final MessageSource messages;

    StaffReportController(ReportDrafts drafts, ReportImages images, JsonMapper json, MessageSource messages) {
        this.drafts = drafts;
        this.images = images;
        this.json = json;
        this.messages = messages;
    }

    /** 新建年度报告 */
    record NewReportForm(
            @NotNull @Pattern(regexp = "[a-z0-9-]{2,40}") String agency,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull ReportKind kind) {}

    /** 保存草稿: the revision the editor started from, the text, and for a correction its 更正说明. */
    record DraftForm(Integer revision, ReportContent content, String correctionNote) {}

    /** 审核发布操作: a reason to return or withdraw, a time to publish at. */
    record ActionForm(@Size(max = 2000) String reason, OffsetDateTime at) {}

    record PreviewForm(@NotNull @Size(max = 200_000) String markdown) {}

    record Preview(String html) {}

    /** 表三核对: table 三 as the editor holds it, one row per key, seven counts each. */
    record TableThreeForm(@NotNull Map<String, int[]> requests) {}

    /**
     * The answer of table 三's check: whether it holds, each column's figures, the rows whose total is not the sum of
     * their columns, and each failure as the portal's problems name fields ({@code requests.<row>[<column>]}), in the
     * request's language.
     */
    record TableThreeCheckResponse(
            boolean holds, List<ColumnCheck> columns, List<String> rowsNotAddingUp, List<FieldError> errors) {}

    /** One column: 一 {@code received}, 二 {@code carriedOver}, （七）总计 {@code answered}, 四 {@code carriedForward}. */
    record ColumnCheck(
            int column,
            int received,
            int carriedOver,
            int answered,
            int carriedForward,
            int outcomeSum,
            boolean balances,
            boolean totalAddsUp,
            boolean holds) {}

    record FieldError(String field, String message) {}

    @GetMapping("/api/staff/reports")
    @Operation(summary = "The reports of an agency the signed-in editor or publisher works for, with where each stands")
    Mono<ReportDrafts.AgencyReports> list(
            @RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{2,40}") String agency) {
        return drafts.list(agency);
    }

    @PostMapping("/api/staff/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Start a report from the template of its kind; an OGI report starts with table 三 counted "
                    + "from the disclosure requests")
    Mono<ResponseEntity<ReportDraft>> create(
            @org.springframework.web.bind.annotation.RequestBody @Valid NewReportForm form) {
        return drafts.create(form.agency(), form.year(), form.kind()).map(StaffReportController::created);
    }

    @PostMapping(value = "/api/staff/reports/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Start a report from a .docx or plain-text document; its Chinese heading numbering "
                    + "(一、 （一） 1. 一是) becomes the part structure")
    Mono<ResponseEntity<ReportDraft>> importDocument(ServerWebExchange exchange) {
        return exchange.getMultipartData()
                .flatMap(parts -> {
                    List<FieldProblem> problems = new ArrayList<>();
                    String agency = field(parts, "agency");
                    if (agency == null || !agency.matches("[a-z0-9-]{2,40}")) {
                        problems.add(new FieldProblem("agency", agency == null ? "NotNull" : "Pattern"));
                    }
                    Integer year = integer(field(parts, "year"));
                    if (year == null || year < 2000 || year > 2100) {
                        problems.add(new FieldProblem("year", "report.year"));
                    }
                    ReportKind kind = kind(field(parts, "kind"));
                    if (kind == null) {
                        problems.add(new FieldProblem("kind", "field.invalid"));
                    }
                    String title = field(parts, "title");
                    if (title != null && title.length() > 200) {
                        problems.add(new FieldProblem("title", "Size", "title", "200", "0"));
                    }
                    if (!(parts.getFirst("file") instanceof FilePart file)) {
                        problems.add(new FieldProblem("file", "NotNull"));
                        return Mono.error(new PortalException(HttpStatus.BAD_REQUEST, "validation", problems));
                    }
                    if (!problems.isEmpty()) {
                        return Mono.error(new PortalException(HttpStatus.BAD_REQUEST, "validation", problems));
                    }
                    return bytes(file.content(), ReportDocuments.MAX_BYTES)
                            .flatMap(document -> drafts.importDocument(agency, year, kind, title, document));
                })
                .map(StaffReportController::created);
    }

    @PostMapping(value = "/api/staff/reports/{id}/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Upload a figure (PNG or JPEG up to 5 MB, the type read from the content) for a draft; "
                    + "put its url in the Markdown as ![description](url)")
    Mono<ResponseEntity<ReportImages.StoredImage>> uploadImage(
            @PathVariable UUID id,
            @org.springframework.web.bind.annotation.RequestPart(name = "file", required = false) Part part) {
        if (!(part instanceof FilePart file)) {
            return Mono.error(new PortalException(
                    HttpStatus.BAD_REQUEST, "validation", List.of(new FieldProblem("file", "NotNull"))));
        }
        return bytes(file.content(), ReportImages.MAX_BYTES + 1)
                .flatMap(image -> images.store(id, image))
                .map(stored -> ResponseEntity.created(URI.create(stored.url())).body(stored));
    }

    @GetMapping("/api/staff/reports/{id}")
    @Operation(summary = "A report's working copy, its state and the steps the signed-in person may take")
    Mono<ReportDraft> one(@PathVariable UUID id) {
        return drafts.get(id);
    }

    @PutMapping(value = "/api/staff/reports/{id}/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Save the draft as a new version; 409 when someone saved since the given revision",
            requestBody = @RequestBody(content = @Content(schema = @Schema(implementation = DraftForm.class))))
    Mono<ReportDraft> save(@PathVariable UUID id, ServerWebExchange exchange) {
        return bytes(exchange.getRequest().getBody(), MAX_DRAFT_BYTES)
                .map(body -> {
                    try {
                        return json.readValue(body, DraftForm.class);
                    } catch (JacksonException e) {
                        throw new ServerWebInputException("the draft is not valid JSON", null, e);
                    }
                })
                .flatMap(form -> {
                    List<FieldProblem> problems = new ArrayList<>();
                    if (form.revision() == null) {
                        problems.add(new FieldProblem("revision", "NotNull"));
                    }
                    if (form.content() == null) {
                        problems.add(new FieldProblem("content", "NotNull"));
                    }
                    return problems.isEmpty()
                            ? drafts.save(id, form.revision(), form.content(), form.correctionNote())
                            : Mono.error(new PortalException(HttpStatus.BAD_REQUEST, "validation", problems));
                });
    }

    @PostMapping("/api/staff/reports/{id}/actions/{action}")
    @Operation(
            summary = "Take a workflow step: submit, return, approve, publish, schedule, unschedule, correct or "
                    + "withdraw; 409 when the report's state does not allow it, 403 when the role does not")
    Mono<ReportDraft> act(
            @PathVariable UUID id,
            @PathVariable String action,
            @org.springframework.web.bind.annotation.RequestBody(required = false) @Valid ActionForm form) {
        ReportAction step = ReportAction.ofSlug(action)
                .filter(found -> found != ReportAction.SAVE)
                .orElse(null);
        if (step == null) {
            return Mono.error(new PortalException(HttpStatus.NOT_FOUND, "unknown-action", action));
        }
        ActionForm given = form == null ? new ActionForm(null, null) : form;
        return drafts.act(
                id, step, given.reason(), given.at() == null ? null : given.at().toInstant());
    }

    @PostMapping("/api/staff/reports/preview")
    @Operation(summary = "The sanitised HTML of a Markdown text, exactly as the published page will show it")
    Preview preview(@org.springframework.web.bind.annotation.RequestBody @Valid PreviewForm form) {
        return new Preview(ReportRendering.html(form.markdown()));
    }

    @PostMapping("/api/staff/reports/table-three/check")
    @Operation(
            summary = "Check table 三 of an open-government-information report: in every column 一 + 二 = （七）总计 + 四 "
                    + "and （七）总计 is the sum of the outcomes, in every row the total is the sum of the applicant kinds; the "
                    + "same check that stops submission and publication. 200 with each failure as a field problem in the "
                    + "request's language; 400 when a row is unknown, lacks columns or holds a negative count")
    TableThreeCheckResponse checkTableThree(
            @org.springframework.web.bind.annotation.RequestBody @Valid TableThreeForm form, Locale locale) {
        OgiTables tables = new OgiTables(null, form.requests(), null);
        List<FieldProblem> malformed = tables.requestsProblems("requests");
        if (!malformed.isEmpty()) {
            throw new PortalException(HttpStatus.BAD_REQUEST, "validation", malformed);
        }
        TableThree.Check check = tables.checkTableThree();
        return new TableThreeCheckResponse(
                check.holds(),
                check.columns().stream()
                        .map(column -> new ColumnCheck(
                                column.column(),
                                column.received(),
                                column.carriedOver(),
                                column.answered(),
                                column.carriedForward(),
                                column.outcomeSum(),
                                column.balances(),
                                column.totalAddsUp(),
                                column.holds()))
                        .toList(),
                check.rowsNotAddingUp(),
                tables.tableThreeProblems("requests").stream()
                        .map(problem -> new FieldError(
                                problem.field(),
                                messages.getMessage(
                                        problem.messageKey(), problem.arguments(), problem.messageKey(), locale)))
                        .toList());
    }

    @GetMapping("/api/staff/reports/{id}/versions")
    @Operation(summary = "Every saved version of the draft, newest first")
    Flux<ReportDraftVersion.Summary> versions(@PathVariable UUID id) {
        return drafts.versions(id);
    }

    @GetMapping("/api/staff/reports/{id}/versions/{revision}")
    @Operation(summary = "One saved version, whole")
    Mono<ReportDraftVersion> version(@PathVariable UUID id, @PathVariable @Min(1) int revision) {
        return drafts.version(id, revision);
    }

    @GetMapping("/api/staff/reports/{id}/diff")
    @Operation(summary = "What changed between two saved versions, line by line")
    Mono<ReportDraftVersion.Diff> diff(
            @PathVariable UUID id, @RequestParam @Min(1) int from, @RequestParam @Min(1) int to) {
        return drafts.diff(id, from, to);
    }

    private static ResponseEntity<ReportDraft> created(ReportDraft draft) {
        return ResponseEntity.created(URI.create("/api/staff/reports/" + draft.id()))
                .body(draft);
    }

    private static Mono<byte[]> bytes(Flux<DataBuffer> content, int limit) {
        return DataBufferUtils.join(content, limit)
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0]);
    }

    private static String field(MultiValueMap<String, Part> parts, String name) {
        return parts.getFirst(name) instanceof FormFieldPart field
                        && !field.value().isBlank()
                ? field.value().strip()
                : null;
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ReportKind kind(String value) {
        try {
            return value == null ? null : ReportKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
