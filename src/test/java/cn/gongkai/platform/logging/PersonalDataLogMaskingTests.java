package cn.gongkai.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonWriter;

class PersonalDataLogMaskingTests {

    @Test
    void masksNestedTextValuesAndLeavesOtherValuesAlone() {
        JsonWriter<Map<String, Object>> writer = JsonWriter.of(members -> {
            members.add("message", map -> map.get("message"));
            members.add("mdc", map -> map.get("mdc"));
            members.add("count", map -> map.get("count"));
            new PersonalDataLogMasking().customize(cast(members));
        });

        String line = writer.writeToString(Map.of(
                "message",
                "联系电话 +86 13812345678",
                "mdc",
                Map.of("applicant", "11010519491231002X"),
                "count",
                13812345678L));

        assertThat(line)
                .contains("138****5678", "110105********002X", "13812345678}")
                .doesNotContain("11010519491231002X", "+86 13812345678");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JsonWriter.Members<Object> cast(JsonWriter.Members<?> members) {
        return (JsonWriter.Members) members;
    }
}
