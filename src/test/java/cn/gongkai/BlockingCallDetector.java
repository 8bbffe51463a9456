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
        initialiseJwtMetadataClient();
        // install(...) also loads the integrations on the class path (Reactor's marks its threads).
        BlockHound.install(builder -> builder
                // Reading a few bytes of /dev/urandom for ids and nonces never waits on Linux.
                .allowBlockingCallsInside("java.util.UUID", "randomUUID")
                .allowBlockingCallsInside("java.security.SecureRandom", "nextBytes")
                // Logback writes lines to the console under a lock held for microseconds.
                .allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "writeBytes")
                // Loading a class reads its jar once per class; a first request does it on an event loop.
                .allowBlockingCallsInside("java.lang.ClassLoader", "loadClass")
                // Jackson builds a type's deserializer once under a lock; a second first request waits that long.
                .allowBlockingCallsInside(
                        "tools.jackson.databind.deser.DeserializerCache", "_createAndCacheValueDeserializer")
                // Hibernate Validator keeps a class's constraints once in a segmented map whose segment lock is held
                // for
                // the insertion alone; requests validating one method for the first time at the same moment wait that
                // long (twelve downloads at once did).
                .allowBlockingCallsInside(
                        "org.hibernate.validator.internal.util.ConcurrentReferenceHashMap$Segment", "put")
                // The in-process OIDC provider (test infrastructure) brings Kotlin and Jackson's Kotlin module to the
                // test class path only; Kotlin's reflection builds a class's descriptor once under a short lock.
                .allowBlockingCallsInside("kotlin.reflect.jvm.internal.impl.storage.DefaultSimpleLock", "lock")
                // ... and reads the descriptions of Kotlin's built-in types from its jar, once per package. An error
                // thrown there would be kept by Kotlin's lazy values and fail every later use in the JVM.
                .allowBlockingCallsInside(
                        "kotlin.reflect.jvm.internal.impl.builtins.jvm.JvmBuiltInsPackageFragmentProvider",
                        "findPackage")
                // Netty's buffer allocator hands a magazine back under a lock held for a few instructions; a connection
                // opened on an event loop (Lettuce connects to each node of a Redis Cluster) frees one there.
                .allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free")
                // Lettuce in cluster mode records each node's new connection under a lock it holds for that alone.
                .allowBlockingCallsInside(
                        "io.lettuce.core.cluster.PooledClusterConnectionProvider$NodeConnectionPostProcessor",
                        "lambda$apply$4")
                // Lettuce counts the clients sharing an event loop group under a lock held for that count alone; a
                // client
                // closing (a cached test context stopping) releases its groups on Lettuce's own thread.
                .allowBlockingCallsInside("io.lettuce.core.resource.DefaultEventLoopGroupProvider", "allocate")
                .allowBlockingCallsInside("io.lettuce.core.resource.DefaultEventLoopGroupProvider", "release")
                // The in-process OIDC provider (test infrastructure) reads its login page template.
                .allowBlockingCallsInside("freemarker.cache.TemplateCache", "getTemplate")
                .blockingMethodCallback(method -> {
                    blockedCalls.add(method + " on " + Thread.currentThread().getName() + where());
                    throw new BlockingOperationError(method);
                }));
    }

    /**
     * The resource server builds its metadata client on the first bearer token. With the PDF validator's XML
     * libraries on the test class path that looks up XML transformer services in their jars, which only tests
     * have: build it now, off the event loop.
     */
    private static void initialiseJwtMetadataClient() {
        try {
            Class.forName("org.springframework.security.oauth2.jwt.JwtDecoderProviderConfigurationUtils");
        } catch (ClassNotFoundException moved) {
            // A newer Spring Security: if it blocks again, the tests will say where.
        }
    }

    /** The frames that led to the call, the detector's own and the agent's left out: what the failure must show. */
    private static String where() {
        StringBuilder frames = new StringBuilder();
        int shown = 0;
        for (StackTraceElement frame : Thread.currentThread().getStackTrace()) {
            String name = frame.getClassName();
            if (name.startsWith("reactor.blockhound")
                    || name.equals(BlockingCallDetector.class.getName())
                    || name.equals(Thread.class.getName())) {
                continue;
            }
            frames.append("\n    at ").append(frame);
            if (++shown == 40) {
                break;
            }
        }
        return frames.toString();
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
