package cn.gongkai.identity;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public agency directory: an agency's own fields at the top, its parent and children beside them. */
@IntegrationTest
class AgencyDirectoryIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void oneAgencyCarriesItsPlaceInTheHierarchy() {
        Api.anonymous(port)
                .get()
                .uri("/api/agencies/340600")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("340600")
                .jsonPath("$.name")
                .isEqualTo("淮北市人民政府")
                .jsonPath("$.kind")
                .isEqualTo("CITY_GOVERNMENT")
                .jsonPath("$.officeHours")
                .isEqualTo("工作日 8:30–12:00，14:30–17:30")
                .jsonPath("$.agency")
                .doesNotExist()
                .jsonPath("$.parent.code")
                .isEqualTo("340000")
                .jsonPath("$.children[?(@.code == '340621')].name")
                .isEqualTo("濉溪县人民政府")
                .jsonPath("$.reconsiderationBody")
                .isEqualTo("安徽省人民政府")
                .jsonPath("$.competentCourt")
                .isEqualTo("淮北市中级人民法院");
        Api.anonymous(port)
                .get()
                .uri("/api/agencies/000000")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void oneAgencyNamesWhereItsRepliesTellApplicantsToSeekRemedies() {
        Api.anonymous(port)
                .get()
                .uri("/api/agencies/340621-sfj")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.reconsiderationBody")
                .isEqualTo("濉溪县人民政府")
                .jsonPath("$.competentCourt")
                .isEqualTo("濉溪县人民法院");
        Api.anonymous(port)
                .get()
                .uri("/api/agencies/340000")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.reconsiderationBody")
                .isEqualTo("安徽省人民政府")
                .jsonPath("$.parent")
                .isEmpty();
        // No court is configured for it: the field is there, and null.
        Api.anonymous(port)
                .get()
                .uri("/api/agencies/420105-sfj")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.reconsiderationBody")
                .isEqualTo("武汉市汉阳区人民政府")
                .jsonPath("$.competentCourt")
                .doesNotExist();
    }
}
