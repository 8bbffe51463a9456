package cn.gongkai;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A streaming replica of the test database's PostgreSQL cluster on a loopback port (27201 unless
 * {@code GONGKAI_TEST_PG_REPLICA_PORT} says otherwise): copied with {@code pg_basebackup} and started with the
 * primary's own {@code pg_ctl}, as the {@code postgres} user, once for the test run and stopped with it.
 */
public final class LocalReplica {

    public static final int PORT = Integer.parseInt(TestServices.env("GONGKAI_TEST_PG_REPLICA_PORT", "27201"));
    private static final String PRIMARY_PORT = TestServices.env("GONGKAI_PG_PORT", "5432");
    private static final Path DIRECTORY = Path.of("/tmp/gongkai-test-replica-" + PORT);

    private static boolean started;

    private LocalReplica() {}

    /** Points the application under test at the replica of its database for the reads a replica may answer. */
    public static void use(DynamicPropertyRegistry properties) {
        properties.add(
                "gongkai.database.replica.url", () -> url(TestServices.env("GONGKAI_TEST_DB_NAME", "gongkai_test")));
    }

    /** The replica's R2DBC URL for {@code database}; started on first use. */
    static synchronized String url(String database) {
        if (!started) {
            try {
                start();
            } catch (IOException | InterruptedException failed) {
                throw new IllegalStateException("the local replica did not start", failed);
            }
            started = true;
        }
        return "r2dbc:postgresql://127.0.0.1:" + PORT + "/" + database;
    }

    /** Runs SQL on the replica as its superuser, over its socket: {@code select pg_wal_replay_pause()}, say. */
    public static String sql(String statement) throws IOException, InterruptedException {
        return output(psql(statement));
    }

    /** psql as the replica's superuser, over its socket. */
    private static String[] psql(String statement) {
        return new String[] {
            "runuser",
            "-u",
            "postgres",
            "--",
            "psql",
            "-h",
            DIRECTORY.toString(),
            "-p",
            Integer.toString(PORT),
            "-d",
            "postgres",
            "-Atc",
            statement
        };
    }

    /** Stops the replica at once, as a crash would. */
    public static void stop() throws IOException, InterruptedException {
        pgCtl("-D", DIRECTORY.toString(), "stop", "-m", "immediate");
    }

    private static void start() throws IOException, InterruptedException {
        // A replica an aborted run left behind would hold the port.
        stop();
        LocalCommands.run("rm", "-rf", DIRECTORY.toString());
        check(
                LocalCommands.run(
                        "runuser",
                        "-u",
                        "postgres",
                        "--",
                        "pg_basebackup",
                        "-D",
                        DIRECTORY.toString(),
                        "-p",
                        PRIMARY_PORT,
                        "-X",
                        "stream",
                        "-R",
                        "-c",
                        "fast"),
                "pg_basebackup");
        // A Debian cluster keeps its settings outside its data directory: the copy gets its own.
        write(
                "postgresql.conf",
                String.join(
                        "\n",
                        "port = " + PORT,
                        "listen_addresses = '127.0.0.1'",
                        "unix_socket_directories = '" + DIRECTORY + "'",
                        "hba_file = '" + DIRECTORY.resolve("pg_hba.conf") + "'",
                        "hot_standby = on",
                        ""));
        write(
                "pg_hba.conf",
                String.join("\n", "local all postgres peer", "host all all 127.0.0.1/32 scram-sha-256", ""));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stop();
                LocalCommands.run("rm", "-rf", DIRECTORY.toString());
            } catch (IOException | InterruptedException ignored) {
                // The next run stops it first.
            }
        }));
        check(
                pgCtl("-D", DIRECTORY.toString(), "-l", DIRECTORY.resolve("log").toString(), "-w", "start"),
                "pg_ctl start (its log: " + DIRECTORY.resolve("log") + ")");
        LocalCommands.awaitOutput("t", psql("select pg_is_in_recovery()"));
    }

    /** The primary's own version of pg_ctl, as the postgres user. */
    private static int pgCtl(String... arguments) throws IOException, InterruptedException {
        String major = output(
                        "runuser",
                        "-u",
                        "postgres",
                        "--",
                        "psql",
                        "-p",
                        PRIMARY_PORT,
                        "-d",
                        "postgres",
                        "-Atc",
                        "select current_setting('server_version_num')::int / 10000")
                .trim();
        List<String> command = new ArrayList<>(
                List.of("runuser", "-u", "postgres", "--", "/usr/lib/postgresql/" + major + "/bin/pg_ctl"));
        command.addAll(List.of(arguments));
        return LocalCommands.run(command.toArray(String[]::new));
    }

    private static void write(String name, String content) throws IOException, InterruptedException {
        Path file = DIRECTORY.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        check(LocalCommands.run("chown", "postgres:postgres", file.toString()), "chown");
    }

    private static String output(String... command) throws IOException, InterruptedException {
        Process process =
                LocalCommands.command(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static void check(int status, String what) {
        if (status != 0) {
            throw new IllegalStateException(what + " failed with status " + status);
        }
    }
}
