package cn.gongkai.hotline.internal;

import cn.gongkai.hotline.HotlineTickets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The steps the hotline takes because time passed: each night, replies nobody rated within the rating window close
 * unrated (逾期未评价，自动办结). Every instance runs it; a ticket closed by one is left alone by the others, since
 * saving it again finds it changed.
 */
@Component
class HotlineSchedule {

    private static final Logger log = LoggerFactory.getLogger(HotlineSchedule.class);

    private final HotlineTickets tickets;

    HotlineSchedule(HotlineTickets tickets) {
        this.tickets = tickets;
    }

    @Scheduled(cron = "${gongkai.hotline.close-unrated-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    Mono<Void> everyNight() {
        return tickets.closeUnrated()
                .doOnNext(closed -> log.info("hotline tickets closed unrated: {}", closed))
                .then();
    }
}
