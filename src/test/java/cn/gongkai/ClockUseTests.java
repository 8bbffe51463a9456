package cn.gongkai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.gongkai.platform.TimeConfiguration;
import cn.gongkai.shared.IdNumber;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * The portal reads the time only from its injected {@link Clock}: a date read anywhere else would make deadlines
 * depend on the machine instead of the clock that tests, rehearsals and the browser tests set.
 */
class ClockUseTests {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gongkai");

    /**
     * An identity number whose birth date lies in the real future is a typing error whatever day the portal's clock
     * shows, and the value type has no clock to ask.
     */
    @Test
    void nothingButTheClockConfigurationReadsTheSystemTime() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(TimeConfiguration.class, IdNumber.class)
                .should()
                .callMethod(Clock.class, "system", ZoneId.class)
                .orShould()
                .callMethod(Clock.class, "systemUTC")
                .orShould()
                .callMethod(Clock.class, "systemDefaultZone")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now", ZoneId.class)
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now", ZoneId.class)
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now", ZoneId.class)
                .orShould()
                .callMethod(OffsetDateTime.class, "now")
                .orShould()
                .callMethod(OffsetDateTime.class, "now", ZoneId.class)
                .orShould()
                .callMethod(Year.class, "now")
                .orShould()
                .callMethod(YearMonth.class, "now")
                .orShould()
                .callConstructor(java.util.Date.class)
                .because("the time comes from the injected Clock, which tests and rehearsals set")
                .check(PORTAL);
    }
}
