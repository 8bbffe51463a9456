package cn.gongkai;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import reactor.blockhound.BlockHound;

/** Makes every test fail that blocks a Reactor non-blocking thread (Netty event loop, parallel). */
public class BlockingCallDetector implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        BlockHound.builder()
                // Reading a few bytes of /dev/urandom for ids and nonces never waits on Linux.
                .allowBlockingCallsInside("java.util.UUID", "randomUUID")
                .allowBlockingCallsInside("java.security.SecureRandom", "nextBytes")
                // Logback writes lines to the console under a lock held for microseconds.
                .allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "writeBytes")
                .install();
    }
}
