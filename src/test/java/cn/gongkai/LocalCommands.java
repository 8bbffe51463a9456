package cn.gongkai;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/** Commands of this machine the tests start servers with (a Redis Cluster, a database replica). */
final class LocalCommands {

    private LocalCommands() {}

    /** The machine's clock may be moved for the tests (libfaketime): servers started by the tests keep the real one. */
    static ProcessBuilder command(String... command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.equals("LD_PRELOAD") || name.startsWith("FAKETIME"));
        return builder;
    }

    /** Runs a command to its end (a minute at most) and gives its exit status. */
    static int run(String... command) throws IOException, InterruptedException {
        Process process = command(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    /** Runs a command again until its output says {@code expected}, for 30 seconds at most. */
    static void awaitOutput(String expected, String... command) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .alias(String.join(" ", command) + " answering " + expected)
                .until(() -> {
                    Process process = command(command).redirectErrorStream(true).start();
                    String output = new String(process.getInputStream().readAllBytes());
                    process.waitFor();
                    return output.contains(expected);
                });
    }
}
