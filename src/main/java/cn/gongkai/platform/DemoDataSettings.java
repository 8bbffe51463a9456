package cn.gongkai.platform;

import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Demo data settings (演示数据): off unless {@code gongkai.demo.enabled} is true.
 *
 * @param hotlineTicketsAtStartUp whether the demo's hotline tickets are written when an instance starts (the backend
 *     tests turn it off: tickets written in the background under them would change what they count)
 */
@ConfigurationProperties(prefix = "gongkai.demo")
public record DemoDataSettings(
        boolean enabled, @DefaultValue("true") boolean hotlineTicketsAtStartUp) {

    /**
     * Demo data is a second Flyway location, applied only where enabled, so a production database
     * never receives it and a demo database receives it once.
     */
    @Component
    static class DemoDataLocation implements FlywayConfigurationCustomizer {

        private final DemoDataSettings settings;

        DemoDataLocation(DemoDataSettings settings) {
            this.settings = settings;
        }

        @Override
        public void customize(FluentConfiguration configuration) {
            if (settings.enabled()) {
                configuration.locations(Stream.concat(
                                Arrays.stream(configuration.getLocations()).map(Object::toString),
                                Stream.of("classpath:db/demo"))
                        .toArray(String[]::new));
            }
        }
    }
}
