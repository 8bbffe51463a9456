package cn.gongkai.disclosure.web;

import cn.gongkai.disclosure.DisclosureFiles;
import cn.gongkai.disclosure.DisclosureRequests;
import cn.gongkai.disclosure.web.DisclosureRequestResponse.Audience;
import cn.gongkai.platform.pdf.PdfRenderer;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Builds what the applicant or the agency's staff are shown of a request, with the names of its files. */
@Component
class DisclosureResponses {

    private final DisclosureRequests requests;
    private final DisclosureFiles files;
    private final DeadlineWords words;
    private final PdfRenderer pdf;

    DisclosureResponses(DisclosureRequests requests, DisclosureFiles files, DeadlineWords words, PdfRenderer pdf) {
        this.requests = requests;
        this.files = files;
        this.words = words;
        this.pdf = pdf;
    }

    Mono<DisclosureRequestResponse> of(DisclosureRequests.Viewed viewed, Audience audience, Locale locale) {
        // Staff are told which characters the letters will show as placeholders, before one goes out.
        Mono<List<String>> withoutGlyph = audience == Audience.STAFF
                ? pdf.charactersWithoutGlyph(DisclosureLetters.applicantTextIn(viewed.request()))
                : Mono.just(List.of());
        return Mono.zip(files.describe(viewed.request().fileIds()), withoutGlyph)
                .map(found -> DisclosureRequestResponse.of(
                        viewed,
                        audience,
                        requests.settings().atRiskWorkingDays(),
                        words.explain(viewed.deadline(), locale),
                        found.getT1(),
                        found.getT2()));
    }
}
