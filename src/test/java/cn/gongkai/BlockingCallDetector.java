package cn.gongkai;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;

/**
 * Makes every test fail that blocks a Reactor non-blocking thread (Netty event loop, parallel),
 * even where the code under test catches the error: each blocking call is remembered and the test
 * during which it happened fails afterwards.
 */
public class BlockingCallDetector implements TestExecutionListener, AfterEachCallback {

    private static final List<String> blockedCalls = new CopyOnWriteArrayList<>();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        // install(...) also loads the integrations on the class path (Reactor's marks its threads).
        BlockHound.install(builder -> builder
                // Reading a few bytes of /dev/urandom for ids and nonces never waits on Linux.
                .allowBlockingCallsInside("java.util.UUID", "randomUUID")
                .allowBlockingCallsInside("java.security.SecureRandom", "nextBytes")
                // Logback writes lines to the console under a lock held for microseconds.
                .allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "writeBytes")
                // The in-process OIDC provider (test infrastructure) reads its login page template.
                .allowBlockingCallsInside("freemarker.cache.TemplateCache", "getTemplate")
                .blockingMethodCallback(method -> {
                    blockedCalls.add(method + " on " + Thread.currentThread().getName());
                    throw new BlockingOperationError(method);
                }));
    }

    /** For the test that proves the detector works: its own blocking call is not a failure. */
    static void forgetBlockedCalls() {
        blockedCalls.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!blockedCalls.isEmpty()) {
            List<String> calls = List.copyOf(blockedCalls);
            blockedCalls.clear();
            throw new AssertionError("blocking call on a non-blocking thread: " + calls);
        }
    }
}
