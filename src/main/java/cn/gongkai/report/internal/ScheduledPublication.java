package cn.gongkai.report.internal;

import cn.gongkai.report.ReportDrafts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Publishes reports at their scheduled time (定时发布). Every instance polls; row locks skipped by the others
 * make each report publish exactly once.
 */
@Component
class ScheduledPublication {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublication.class);

    private final ReportDrafts drafts;

    ScheduledPublication(ReportDrafts drafts) {
        this.drafts = drafts;
    }

    @Scheduled(fixedDelayString = "${gongkai.report.publication-poll:PT30S}", initialDelayString = "PT10S")
    Mono<Void> publishDue() {
        return drafts.publishDue()
                .doOnNext(published -> {
                    if (published > 0) {
                        log.info("scheduled reports published: {}", published);
                    }
                })
                .onErrorResume(error -> {
                    log.error("scheduled publication failed; the next poll tries again", error);
                    return Mono.empty();
                })
                .then();
    }
}
