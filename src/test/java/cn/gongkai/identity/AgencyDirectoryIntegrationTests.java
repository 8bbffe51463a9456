package cn.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

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

    @Test
    void agenciesCarryTheirEnglishNameBesideTheChineseOne() {
        Api.anonymous(port)
                .get()
                .uri("/api/agencies")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.code == '340600-scjgj')].name")
                .isEqualTo("淮北市市场监督管理局")
                .jsonPath("$[?(@.code == '340600-scjgj')].nameEn")
                .isEqualTo("Huaibei Municipal Administration for Market Regulation");
        Api.anonymous(port)
                .get()
                .uri("/api/agencies/340602")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("淮北市相山区人民政府")
                .jsonPath("$.nameEn")
                .isEqualTo("Xiangshan District People's Government")
                .jsonPath("$.parent.nameEn")
                .isEqualTo("Huaibei Municipal People's Government");
    }

    @Test
    void listsThatNameAgenciesNameThemInEnglishToo() {
        Api.anonymous(port)
                .get()
                .uri("/api/reports?agency=340621")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[0].agencyName")
                .isEqualTo("濉溪县人民政府")
                .jsonPath("$.items[0].agencyNameEn")
                .isEqualTo("Suixi County People's Government");
        Api.anonymous(port)
                .get()
                .uri("/api/reports/compliance?year=2025")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.lines[?(@.agencyCode == '340604')].agencyNameEn")
                .isEqualTo("Lieshan District People's Government");
        Api.anonymous(port)
                .get()
                .uri("/api/hotline/catalogue")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.centre.nameEn")
                .isEqualTo("Huaibei Municipal People's Government")
                .jsonPath("$.matters[?(@.leadDepartment.name == '淮北市生态环境局')].leadDepartment.nameEn")
                .value(names -> assertThat((List<Object>) names)
                        .containsOnly("Huaibei Municipal Bureau of Ecology and Environment"))
                // Places are named as places: their governments' English names do not fit them.
                .jsonPath("$.regions[0].nameEn")
                .doesNotExist();
    }

    @Test
    void theAdministratorSetsAndClearsAnAgencysEnglishName() {
        String path = "/api/admin/agencies/430000-sft/english-name";
        try {
            Api.as("admin", port)
                    .put()
                    .uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"nameEn\":\"  Hunan Provincial Department of Justice \"}")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.nameEn")
                    .isEqualTo("Hunan Provincial Department of Justice");
            Api.anonymous(port)
                    .get()
                    .uri("/api/agencies/430000-sft")
                    .exchange()
                    .expectBody()
                    .jsonPath("$.nameEn")
                    .isEqualTo("Hunan Provincial Department of Justice");
            Api.as("admin", port)
                    .put()
                    .uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"nameEn\":\" \"}")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.nameEn")
                    .doesNotExist()
                    .jsonPath("$.name")
                    .isEqualTo("湖南省司法厅");
        } finally {
            Api.as("admin", port)
                    .put()
                    .uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"nameEn\":\"Department of Justice of Hunan Province\"}")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
    }

    @Test
    void anEnglishNameIsOneLineOfTextOfAtMost200Characters() {
        String path = "/api/admin/agencies/430000-sft/english-name";
        Api.as("admin", port)
                .put()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .bodyValue("{\"nameEn\":\"Department of Justice\\nof Hunan Province\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("nameEn")
                .jsonPath("$.errors[0].message")
                .isEqualTo("must be one line, without line breaks or tabs");
        Api.as("admin", port)
                .put()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "zh-CN")
                .bodyValue("{\"nameEn\":\"Department of Justice\\tof Hunan Province\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].message")
                .isEqualTo("只能写一行，不能含换行符或制表符");
        Api.as("admin", port)
                .put()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .bodyValue("{\"nameEn\":\"Department\\u0007 of Justice\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("nameEn")
                .jsonPath("$.errors[0].message")
                .isEqualTo("contains a control character that is not allowed");
        Api.as("admin", port)
                .put()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "zh-CN")
                .bodyValue("{\"nameEn\":\"" + "x".repeat(201) + "\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("nameEn")
                .jsonPath("$.errors[0].message")
                .isEqualTo("长度应在0到200之间");
        Api.as("admin", port)
                .put()
                .uri("/api/admin/agencies/000000/english-name")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"nameEn\":\"Nowhere\"}")
                .exchange()
                .expectStatus()
                .isNotFound();
        Api.as("officer-huaibei", port)
                .put()
                .uri("/api/admin/agencies/340600/english-name")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"nameEn\":\"Huaibei\"}")
                .exchange()
                .expectStatus()
                .isForbidden();
        Api.anonymous(port)
                .get()
                .uri("/api/agencies/430000-sft")
                .exchange()
                .expectBody()
                .jsonPath("$.nameEn")
                .isEqualTo("Department of Justice of Hunan Province");
    }
}
