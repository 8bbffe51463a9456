package cn.gongkai.platform.logging;

import cn.gongkai.platform.web.RequestIdFilter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Requests still unanswered after a while (慢请求), logged once each, with what the application's busy threads were
 * doing (at most one such dump in {@link #DUMP_INTERVAL}): a stall seen once in production or in a test run then
 * explains itself. A waiting reactive request holds no thread, so the dump shows either a thread that holds everything
 * up (an event loop blocked) or that none does (the request waits on the database, Redis or a peer).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class SlowRequestLog implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(SlowRequestLog.class);

    private static final Duration DUMP_INTERVAL = Duration.ofSeconds(30);

    /** Frames of a thread waiting for work, not holding anything up. */
    private static final List<String> IDLE = List.of(
            "epollWait",
            "EPoll.wait",
            "ThreadPoolExecutor.getTask",
            "SynchronousQueue",
            "ReferenceQueue.remove",
            "LockSupport.parkNanos",
            "ScheduledThreadPoolExecutor$DelayedWorkQueue.take");

    private final Duration threshold;
    private final AtomicLong lastDump = new AtomicLong();

    SlowRequestLog(@Value("${gongkai.slow-request-threshold:5s}") Duration threshold) {
        this.threshold = threshold;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Disposable watch = Mono.delay(threshold).subscribe(late -> report(exchange));
        return chain.filter(exchange).doFinally(signal -> watch.dispose());
    }

    private void report(ServerWebExchange exchange) {
        String request = exchange.getRequest().getMethod() + " "
                + exchange.getRequest().getPath().value() + " (request "
                + RequestIdFilter.of(exchange).requestId() + ")";
        long now = System.nanoTime();
        long last = lastDump.get();
        boolean dump = (last == 0 || now - last > DUMP_INTERVAL.toNanos()) && lastDump.compareAndSet(last, now);
        if (!dump) {
            log.warn("{} unanswered after {}", request, threshold);
            return;
        }
        StringBuilder busy = new StringBuilder();
        for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(false, false)) {
            StackTraceElement[] frames = thread.getStackTrace();
            String top = List.of(frames).subList(0, Math.min(6, frames.length)).toString();
            if (frames.length == 0 || IDLE.stream().anyMatch(top::contains)) {
                continue;
            }
            busy.append('\n').append(thread.getThreadName()).append(' ').append(thread.getThreadState());
            for (int i = 0; i < Math.min(frames.length, 25); i++) {
                busy.append("\n    at ").append(frames[i]);
            }
        }
        log.warn(
                "{} unanswered after {}; threads not idle:{}",
                request,
                threshold,
                busy.isEmpty() ? " none (it waits on I/O)" : busy);
    }
}
