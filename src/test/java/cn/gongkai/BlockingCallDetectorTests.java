package cn.gongkai;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** The suite's guard is on: waiting on a non-blocking thread is an error, not a slow test. */
class BlockingCallDetectorTests {

    @Test
    void waitingOnANonBlockingThreadFails() {
        Mono<Boolean> waits = Mono.delay(Duration.ofMillis(1))
                .publishOn(Schedulers.parallel())
                .map(tick -> {
                    try {
                        return new CountDownLatch(1).await(1, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
        StepVerifier.create(waits).expectError(BlockingOperationError.class).verify(Duration.ofSeconds(5));
        BlockingCallDetector.forgetBlockedCalls();
    }

    @Test
    void waitingOnABoundedElasticThreadIsAllowed() {
        Mono<Boolean> waits = Mono.fromCallable(() -> new CountDownLatch(1).await(1, TimeUnit.MILLISECONDS))
                .subscribeOn(Schedulers.boundedElastic());
        StepVerifier.create(waits).expectNext(false).verifyComplete();
    }
}
