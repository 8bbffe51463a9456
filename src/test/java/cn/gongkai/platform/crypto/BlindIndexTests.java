package cn.gongkai.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BlindIndexTests {

    private final BlindIndex index = new BlindIndex(TestKeys.onlyK1());

    @Test
    void matchesHmacSm3FromAnotherImplementation() {
        // OpenSSL (through Python's hmac module) with the test index key.
        assertThat(index.of("110101199003074514"))
                .isEqualTo("8578481c141b7e4391a6020048154f4f02c5421e0cf9a6cb654d80a5a506be9f");
    }

    @Test
    void givesEqualIndexForEqualValues() {
        assertThat(index.of("13800138000"))
                .isEqualTo(index.of("13800138000"))
                .isEqualTo(new BlindIndex(TestKeys.k2CurrentK1Old()).of("13800138000"))
                .hasSize(64);
    }

    @Test
    void givesDifferentIndexForDifferentValues() {
        assertThat(index.of("13800138000")).isNotEqualTo(index.of("13800138001"));
        assertThat(index.of("")).isNotEqualTo(index.of(" "));
    }

    @Test
    void givesDifferentIndexUnderDifferentKeys() {
        BlindIndex other = new BlindIndex(
                new FieldCipherSettings("k1", Map.of("k1", TestKeys.K1_HEX), "ffeeddccbbaa99887766554433221100"));

        assertThat(other.of("13800138000")).isNotEqualTo(index.of("13800138000"));
    }

    @Test
    void passesNullThrough() {
        assertThat(index.of(null)).isNull();
    }
}
