package cn.gongkai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A Redis Cluster of three masters on loopback ports (27101 to 27103 unless {@code GONGKAI_TEST_REDIS_CLUSTER_PORT}
 * says where to begin), made of this machine's {@code redis-server} and {@code redis-cli --cluster create}, started
 * once for the test run and stopped with it. Test classes point the application at it with {@link #use}.
 */
public final class LocalRedisCluster {

    private static final int FIRST_PORT =
            Integer.parseInt(System.getenv().getOrDefault("GONGKAI_TEST_REDIS_CLUSTER_PORT", "27101"));
    private static final List<Integer> PORTS =
            IntStream.range(FIRST_PORT, FIRST_PORT + 3).boxed().toList();

    private static String nodes;

    private LocalRedisCluster() {}

    /** Points the application under test at the cluster instead of the one Redis. */
    public static void use(DynamicPropertyRegistry properties) {
        properties.add("spring.data.redis.cluster.nodes", LocalRedisCluster::nodes);
    }

    /** The cluster's nodes, {@code host:port,…}; started on first use. */
    public static synchronized String nodes() {
        if (nodes == null) {
            try {
                start();
            } catch (IOException | InterruptedException failed) {
                throw new IllegalStateException("the local Redis Cluster did not start", failed);
            }
            nodes = PORTS.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        }
        return nodes;
    }

    private static void start() throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("gongkai-redis-cluster");
        List<Process> servers = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> servers.forEach(Process::destroy)));
        for (int port : PORTS) {
            // A server an aborted run left behind would hold the port and an old cluster's slots.
            LocalCommands.run("redis-cli", "-p", Integer.toString(port), "shutdown", "nosave");
            servers.add(LocalCommands.command(
                            "redis-server",
                            "--port",
                            Integer.toString(port),
                            "--bind",
                            "127.0.0.1",
                            "--cluster-enabled",
                            "yes",
                            "--cluster-config-file",
                            directory.resolve("nodes-" + port + ".conf").toString(),
                            "--dir",
                            directory.toString(),
                            "--save",
                            "",
                            "--appendonly",
                            "no")
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("redis-" + port + ".log").toFile())
                    .start());
        }
        for (int port : PORTS) {
            LocalCommands.awaitOutput("PONG", "redis-cli", "-p", Integer.toString(port), "ping");
        }
        List<String> create = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
        PORTS.forEach(port -> create.add("127.0.0.1:" + port));
        create.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
        if (LocalCommands.run(create.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("redis-cli --cluster create failed; servers' logs in " + directory);
        }
        for (int port : PORTS) {
            LocalCommands.awaitOutput("cluster_state:ok", "redis-cli", "-p", Integer.toString(port), "cluster", "info");
        }
    }
}
