package cn.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.MalformedBodies;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A thousand generated malformed applications: every one is answered with a 4xx problem or accepted whole, never a
 * 500, and none leaves a half-written request behind.
 */
@IntegrationTest
class MalformedApplicationIntegrationTests {

    private static final String CITIZEN = "enterprise-demo";
    private static final int TRIES = 1000;
    private static final List<String> PATHS = List.of(
            "agency",
            "applicant",
            "applicant.kind",
            "applicant.name",
            "applicant.creditCode",
            "applicant.representative",
            "applicant.idType",
            "applicant.idNumber",
            "applicant.agent",
            "contact",
            "contact.phone",
            "contact.email",
            "contact.postalAddress",
            "contact.postalCode",
            "information",
            "information.title",
            "information.documentNumber",
            "information.description",
            "delivery",
            "delivery.medium",
            "delivery.channel",
            "attachments",
            "insistAsDisclosure",
            "unexpected");

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Test
    void noMalformedApplicationCausesAServerErrorOrAPartialRecord() {
        List<String> bodies = MalformedBodies.generate(
                DisclosureTestData.application("340600", "生成的申请"),
                PATHS,
                200,
                "0123456789Xx- ",
                List.of("NATURAL", "PAPER ", "email", "RESIDENT_ID_CARD", "COMMERCIAL_ENTERPRISE", "POST"),
                TRIES);
        int before = DisclosureTestData.countOf(database, CITIZEN);
        int accepted = MalformedBodies.postEach(Api.as(CITIZEN, port), "/api/disclosure/requests", bodies);
        assertThat(DisclosureTestData.countOf(database, CITIZEN)).isEqualTo(before + accepted);
        assertThat(accepted).as("nearly every damaged application is refused").isLessThan(TRIES / 4);
    }
}
