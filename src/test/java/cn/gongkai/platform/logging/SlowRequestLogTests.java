package cn.gongkai.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

/** A request still unanswered after the threshold is logged once, with the threads; one answered in time is not. */
class SlowRequestLogTests {

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(SlowRequestLog.class);

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
        VirtualTimeScheduler.reset();
    }

    @Test
    void aRequestStillUnansweredAfterTheThresholdIsLoggedWithTheThreads() {
        SlowRequestLog slow = new SlowRequestLog(Duration.ofMillis(50));
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/me?secret=1"));

        slow.filter(exchange, answered -> Mono.delay(Duration.ofSeconds(2)).then())
                .block();

        assertThat(logged.list).hasSize(1);
        String message = logged.list.get(0).getFormattedMessage();
        assertThat(message).startsWith("GET /api/me (request ").contains("unanswered after PT0.05S; threads not idle:");
        assertThat(message).doesNotContain("secret");
    }

    @Test
    void aRequestAnsweredInTimeIsNotLogged() {
        VirtualTimeScheduler time = VirtualTimeScheduler.getOrSet();
        SlowRequestLog slow = new SlowRequestLog(Duration.ofMillis(200));
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/site"));

        slow.filter(exchange, answered -> Mono.empty()).block();
        time.advanceTimeBy(Duration.ofSeconds(5));

        assertThat(logged.list).isEmpty();
    }
}
