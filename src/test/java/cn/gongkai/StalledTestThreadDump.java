package cn.gongkai;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a test fails because an answer never came (a client's timeout), says what the JVM's threads were doing: the
 * busy ones in the failure itself, every one in {@code target/stalled-threads.txt}. A stall seen once in thousands of
 * runs is then explained by the run that saw it.
 */
public class StalledTestThreadDump implements TestExecutionExceptionHandler {

    /** Frames of a thread waiting for work, not for something that should have come. */
    private static final List<String> IDLE = List.of(
            "epollWait", "EPoll.wait", "ThreadPoolExecutor.getTask", "SynchronousQueue", "ReferenceQueue.remove");

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (stalled(failure)) {
            StringBuilder busy = new StringBuilder("threads not idle when the answer did not come:\n");
            StringBuilder all = new StringBuilder("==== " + context.getUniqueId() + " ====\n");
            for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
                String described = describe(thread);
                all.append(described);
                if (!idle(thread)
                        && thread.getThreadId() != Thread.currentThread().getId()) {
                    busy.append(described);
                }
            }
            Files.writeString(
                    Path.of("target", "stalled-threads.txt"),
                    all,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            failure.addSuppressed(new ThreadsWhenStalled(busy.toString()));
        }
        throw failure;
    }

    private static String describe(ThreadInfo thread) {
        StringBuilder text = new StringBuilder(thread.getThreadName())
                .append(' ')
                .append(thread.getThreadState())
                .append(thread.getLockName() == null ? "" : " on " + thread.getLockName())
                .append(thread.getLockOwnerName() == null ? "" : " held by " + thread.getLockOwnerName())
                .append('\n');
        StackTraceElement[] frames = thread.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, 30); i++) {
            text.append("    at ").append(frames[i]).append('\n');
        }
        return text.toString();
    }

    private static boolean idle(ThreadInfo thread) {
        StackTraceElement[] frames = thread.getStackTrace();
        String top = frames.length == 0
                ? ""
                : List.of(frames).subList(0, Math.min(6, frames.length)).toString();
        return IDLE.stream().anyMatch(top::contains)
                || thread.getThreadName().startsWith("surefire")
                || thread.getThreadName().equals("Reference Handler")
                || thread.getThreadName().equals("Finalizer")
                || thread.getThreadName().equals("Signal Dispatcher");
    }

    private static boolean stalled(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Carries the dump into the failure's report; it has no stack of its own. */
    private static final class ThreadsWhenStalled extends RuntimeException {
        ThreadsWhenStalled(String dump) {
            super(dump, null, false, false);
        }
    }
}
