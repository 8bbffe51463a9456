package cn.gongkai.disclosure.web;

import cn.gongkai.disclosure.DisclosureFiles;
import cn.gongkai.disclosure.DisclosureRequests;
import cn.gongkai.disclosure.web.DisclosureRequestResponse.Audience;
import java.util.Locale;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Builds what the applicant or the agency's staff are shown of a request, with the names of its files. */
@Component
class DisclosureResponses {

    private final DisclosureRequests requests;
    private final DisclosureFiles files;
    private final DeadlineWords words;

    DisclosureResponses(DisclosureRequests requests, DisclosureFiles files, DeadlineWords words) {
        this.requests = requests;
        this.files = files;
        this.words = words;
    }

    Mono<DisclosureRequestResponse> of(DisclosureRequests.Viewed viewed, Audience audience, Locale locale) {
        return files.describe(viewed.request().fileIds())
                .map(described -> DisclosureRequestResponse.of(
                        viewed,
                        audience,
                        requests.settings().atRiskWorkingDays(),
                        words.explain(viewed.deadline(), locale),
                        described));
    }
}
