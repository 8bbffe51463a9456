package cn.gongkai.platform.pdf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Letters to the public as PDFs (回执、告知书), always in Chinese: a Thymeleaf template under {@code templates/} that
 * includes the shared page and type style ({@code letters/letter-style :: style}), rendered by {@link PdfRenderer},
 * and sent as a private, uncached file.
 */
@Component
public class Letters {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ITemplateEngine templates;
    private final PdfRenderer pdf;

    Letters(ITemplateEngine templates, PdfRenderer pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    /**
     * Response header naming the characters of a letter that no font draws ({@code U+E000 U+31350}), so that staff are
     * told before it goes out; absent when every character is drawn.
     */
    public static final String GLYPH_PLACEHOLDERS = "X-Glyph-Placeholders";

    /** The letter {@code template} filled with {@code model}, titled {@code title} and issued by {@code author}. */
    public Mono<RenderedPdf> render(String template, Map<String, Object> model, String title, String author) {
        // Reading a template the first time touches the class path: off the event loop, as the rendering itself.
        return Mono.fromCallable(() -> templates.process(template, new Context(CHINESE, model)))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(xhtml -> pdf.render(new PdfDocument(xhtml, title, author, title, CHINESE)));
    }

    /**
     * A letter to open in the browser or save: private to the person and the agency, never cached; with the
     * {@value #GLYPH_PLACEHOLDERS} header when some character of it is drawn as a placeholder.
     */
    public static ResponseEntity<byte[]> asResponse(RenderedPdf pdf, String fileName) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (!pdf.complete()) {
            response.header(GLYPH_PLACEHOLDERS, String.join(" ", pdf.placeholderLabels()));
        }
        return response.contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf.bytes());
    }

    /** A date as letters write it: 2026年12月3日. */
    public static String date(LocalDate day) {
        return day.format(CHINESE_DATE);
    }
}
