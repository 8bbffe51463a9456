package cn.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The public dispatch catalogue of 淮北市's centre, and the demo catalogue and knowledge base behind it: enough
 * matters and answers, each matter led by one of the city's own departments.
 */
@IntegrationTest
class HotlineCatalogueIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Autowired
    HotlineCatalogue catalogue;

    @Test
    void catalogueNamesTheCentreItsMattersAndItsPlaces() {
        Api.anonymous(port)
                .get()
                .uri("/api/hotline/catalogue")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .cacheControl(cn.gongkai.platform.web.PublicCaching.keptFor(java.time.Duration.ofMinutes(5)))
                .expectBody()
                .jsonPath("$.centre.name")
                .isEqualTo("淮北市人民政府")
                .jsonPath("$.matters.length()")
                .value(count -> assertThat((Integer) count).isGreaterThanOrEqualTo(30))
                .jsonPath("$.matters[?(@.code == '340600-food-safety')].leadDepartment.name")
                .isEqualTo("淮北市市场监督管理局")
                .jsonPath("$.matters[?(@.code == '340600-food-safety')].businessEnvironment")
                .isEqualTo(false)
                .jsonPath("$.matters[?(@.code == '340600-enterprise-charges')].businessEnvironment")
                .isEqualTo(true)
                .jsonPath("$.matters[?(@.code == '340600-unpaid-wages')].keywords[0]")
                .isEqualTo("欠薪")
                // Places, as a person names where something happened, not their governments.
                .jsonPath("$.regions[0].name")
                .isEqualTo("淮北市")
                .jsonPath("$.regions[*].name")
                .isEqualTo(List.of("淮北市", "淮北市相山区", "淮北市杜集区", "淮北市烈山区", "濉溪县"));
    }

    @Test
    void findsOneMatterAndKnowsItsRegions() {
        HotlineMatter matter = catalogue.findMatter("340600-catering-fumes").block();
        assertThat(matter).isNotNull();
        assertThat(matter.name()).isEqualTo("餐饮油烟");
        assertThat(matter.leadDepartment().name()).isEqualTo("淮北市城市管理局");
        assertThat(catalogue.findMatter("no-such-matter").blockOptional()).isEmpty();
        var suixi = catalogue.regions().filter(r -> r.code().equals("340621")).blockFirst();
        assertThat(catalogue.findRegion(suixi.id()).block()).isEqualTo(suixi);
        assertThat(catalogue.centre().block().code()).isEqualTo("340600");
        var department = database.sql("select id from agency where code = '340600-scjgj'")
                .map(row -> row.get("id", java.util.UUID.class))
                .one()
                .block();
        assertThat(catalogue.findRegion(department).blockOptional())
                .as("a department is no place")
                .isEmpty();
    }

    @Test
    void demoCatalogueIsLedByTheCitysOwnDepartments() {
        Map<String, Object> counts = database.sql("""
                        select (select count(*) from hotline_matter m join agency c on c.id = m.centre_id
                                where c.code = '340600' and m.active) as matters,
                               (select count(*) from hotline_knowledge_entry e join agency c on c.id = e.centre_id
                                where c.code = '340600' and e.active) as entries,
                               (select count(*) from hotline_matter m join agency c on c.id = m.centre_id
                                where c.code = '340600' and m.business_environment) as business,
                               (select count(*) from hotline_matter m
                                join agency c on c.id = m.centre_id
                                join agency lead on lead.id = m.lead_department_id
                                where c.code = '340600'
                                  and (lead.kind <> 'DEPARTMENT' or lead.parent_id <> c.id)) as led_elsewhere,
                               (select count(*) from hotline_knowledge_entry
                                where basis = '' or answer = '' or cardinality(bigrams) = 0) as incomplete
                        """).fetch().one().block();
        assertThat(((Number) counts.get("matters")).intValue()).isGreaterThanOrEqualTo(30);
        assertThat(((Number) counts.get("entries")).intValue()).isGreaterThanOrEqualTo(40);
        assertThat(((Number) counts.get("business")).intValue()).isGreaterThanOrEqualTo(4);
        assertThat(((Number) counts.get("led_elsewhere")).intValue()).isZero();
        assertThat(((Number) counts.get("incomplete")).intValue()).isZero();
    }

    @Test
    void demoAnswersNameNoPhoneNumberButRealServiceLines() {
        // Numbers of five digits or more in an answer are national service lines, never an invented local number.
        List<String> numbers = database.sql("""
                        select distinct m[1] as number
                        from hotline_knowledge_entry, regexp_matches(answer || ' ' || basis, '[0-9]{5,}', 'g') as m
                        """)
                .map(row -> row.get("number", String.class))
                .all()
                .collectList()
                .block();
        assertThat(numbers).isSubsetOf("12345", "12315", "12369", "12333", "12328");
    }
}
