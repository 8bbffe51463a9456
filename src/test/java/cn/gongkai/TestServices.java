package cn.gongkai;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The services the integration tests run against: the machine's PostgreSQL (database
 * {@code gongkai_test}, recreated by {@code ./gongkai test}) and Redis (database 15), and a real OIDC
 * provider started in this JVM, with the same configuration {@code ./gongkai up} uses, and an SMTP server.
 */
public final class TestServices implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ISSUER = "gongkai";
    public static final String CLIENT_ID = "gongkai-portal";
    public static final MockOAuth2Server OIDC = startOidc();
    /** An SMTP server in this JVM that keeps what it receives, for the reminder e-mails. */
    public static final GreenMail SMTP = startSmtp();

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static MockOAuth2Server startOidc() {
        try {
            String config = Files.readString(Path.of("src/test/resources/oidc-provider.json"));
            MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson(config));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
            return server;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the OIDC provider configuration", e);
        }
    }

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
        return smtp;
    }

    /** A signed access token for a demo user, as an API client would present it. */
    public static String tokenFor(String subject) {
        return tokenFor(subject, CLIENT_ID);
    }

    /** A token for {@code subject} issued to {@code audience} (its {@code aud} claim). */
    public static String tokenFor(String subject, String audience) {
        return OIDC.issueToken(ISSUER, subject, audience, Map.of("name", subject))
                .serialize();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String host = env("GONGKAI_PG_HOST", "127.0.0.1") + ":" + env("GONGKAI_PG_PORT", "5432");
        String database = env("GONGKAI_TEST_DB_NAME", "gongkai_test");
        String issuer = OIDC.issuerUrl(ISSUER).toString();
        Map<String, Object> services = new java.util.HashMap<>(Map.of(
                "spring.r2dbc.url",
                "r2dbc:postgresql://" + host + "/" + database,
                "spring.flyway.url",
                "jdbc:postgresql://" + host + "/" + database,
                "spring.data.redis.url",
                "redis://127.0.0.1:" + env("GONGKAI_REDIS_PORT", "6379") + "/" + env("GONGKAI_TEST_REDIS_DB", "15"),
                "spring.security.oauth2.client.provider.gongkai.issuer-uri",
                issuer,
                "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                issuer,
                "gongkai.demo.enabled",
                "true",
                "gongkai.demo.hotline-tickets-at-start-up",
                "false",
                "spring.mail.host",
                "127.0.0.1",
                "spring.mail.port",
                Integer.toString(SMTP.getSmtp().getPort()),
                // Says who is connecting without looking this machine's name up first.
                "spring.mail.properties.mail.smtp.localhost",
                "localhost"));
        // Tests read what the page cache holds: on a busy machine it must not give up on Redis first.
        services.put("gongkai.page-cache.redis-patience", "2s");
        // The suite's few test people submit, download and log in far more often than anyone: their limits are raised
        // here, and the limits' own tests set theirs.
        for (String limit : List.of("submission", "letter-download", "log-in")) {
            services.put("gongkai.rate-limits.limits." + limit + ".capacity", "1000000");
        }
        // A test class's own @TestPropertySource wins: that is how a test points at a service that is down.
        var sources = context.getEnvironment().getPropertySources();
        var inlined = sources.get("Inlined Test Properties");
        if (inlined != null) {
            services.keySet().removeIf(inlined::containsProperty);
        }
        sources.addFirst(new MapPropertySource("gongkai-test-services", services));
    }
}
