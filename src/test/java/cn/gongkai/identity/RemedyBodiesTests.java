package cn.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reconsideration body (行政复议机关) of 行政复议法 Arts. 24–25, derived from where an agency sits. */
class RemedyBodiesTests {

    /** A small directory: a province, its department, a city with a department, a county and a district with theirs. */
    private static final Map<String, Agency> DIRECTORY = directory(
            "安徽省人民政府|PROVINCE_GOVERNMENT|",
            "安徽省司法厅|DEPARTMENT|安徽省人民政府",
            "淮北市人民政府|CITY_GOVERNMENT|安徽省人民政府",
            "淮北市司法局|DEPARTMENT|淮北市人民政府",
            "濉溪县人民政府|COUNTY_GOVERNMENT|淮北市人民政府",
            "濉溪县司法局|DEPARTMENT|濉溪县人民政府",
            "淮北市相山区人民政府|DISTRICT_GOVERNMENT|淮北市人民政府",
            "淮北市相山区司法局|DEPARTMENT|淮北市相山区人民政府",
            "淮北市相山区司法局办公室|DEPARTMENT|淮北市相山区司法局");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // A department of a local government: the government at its level (本级人民政府).
        "淮北市司法局,           淮北市人民政府",
        "濉溪县司法局,           濉溪县人民政府",
        "淮北市相山区司法局,      淮北市相山区人民政府",
        "安徽省司法厅,           安徽省人民政府",
        // A local government: the government one level up (上一级人民政府).
        "淮北市人民政府,         安徽省人民政府",
        "濉溪县人民政府,         淮北市人民政府",
        "淮北市相山区人民政府,    淮北市人民政府",
        // A provincial government reviews its own acts.
        "安徽省人民政府,         安徽省人民政府",
        // Whatever sits under a department answers to the nearest government, as the department does.
        "淮北市相山区司法局办公室, 淮北市相山区人民政府"
    })
    void namesTheNearestGovernmentAboveOrTheProvinceItself(String agency, String reconsiderationBody) {
        assertThat(RemedyBodies.reconsiderationBodyOf(DIRECTORY.get(agency), ancestorsOf(agency)))
                .isEqualTo(reconsiderationBody);
    }

    @Test
    void namesNoneForAnAgencyWithNoGovernmentAbove() {
        Agency orphan = agency("某某局", AgencyKind.DEPARTMENT, null);

        assertThat(RemedyBodies.reconsiderationBodyOf(orphan, List.of())).isNull();
    }

    private static List<Agency> ancestorsOf(String name) {
        List<Agency> ancestors = new ArrayList<>();
        for (Agency above = parentOf(DIRECTORY.get(name)); above != null; above = parentOf(above)) {
            ancestors.add(above);
        }
        return ancestors;
    }

    private static Agency parentOf(Agency agency) {
        return DIRECTORY.values().stream()
                .filter(candidate -> candidate.id().equals(agency.parentId()))
                .findFirst()
                .orElse(null);
    }

    private static Map<String, Agency> directory(String... rows) {
        Map<String, Agency> directory = new java.util.LinkedHashMap<>();
        Arrays.stream(rows)
                .map(row -> row.split("\\|", -1))
                .forEach(row -> directory.put(
                        row[0],
                        agency(
                                row[0],
                                AgencyKind.valueOf(row[1]),
                                row[2].isEmpty() ? null : directory.get(row[2]).id())));
        return directory;
    }

    private static Agency agency(String name, AgencyKind kind, UUID parentId) {
        return new Agency(
                UUID.randomUUID(), "test", name, null, name, kind, parentId, "340600", "", "", "", "", "", "");
    }
}
