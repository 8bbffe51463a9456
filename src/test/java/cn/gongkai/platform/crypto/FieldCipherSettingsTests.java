package cn.gongkai.platform.crypto;

import static cn.gongkai.platform.crypto.TestKeys.INDEX_HEX;
import static cn.gongkai.platform.crypto.TestKeys.K1_HEX;
import static cn.gongkai.platform.crypto.TestKeys.K2_BASE64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class FieldCipherSettingsTests {

    private static final String K1_BASE64URL_UNPADDED = "AAECAwQFBgcICQoLDA0ODw";

    @Test
    void acceptsHexAndBase64Keys() {
        FieldCipherSettings settings = new FieldCipherSettings(
                "k1", Map.of("k1", K1_HEX.toUpperCase(), "k2", K2_BASE64, "k3", K1_BASE64URL_UNPADDED), INDEX_HEX);

        assertThat(settings.decodedKeys().get("k1"))
                .isEqualTo(settings.decodedKeys().get("k3"))
                .hasSize(16);
        assertThat(settings.decodedKeys().get("k2")).hasSize(16);
    }

    static Stream<Arguments> invalidSettings() {
        String fifteenBytes = Base64.getEncoder().encodeToString(new byte[15]);
        String thirtyTwoBytes = Base64.getEncoder().encodeToString(new byte[32]);
        Map<String, String> withNullKey = new HashMap<>();
        withNullKey.put("k1", null);
        return Stream.of(
                Arguments.of("no current key id", null, Map.of("k1", K1_HEX), INDEX_HEX, "current-key-id must be set"),
                Arguments.of(
                        "blank current key id", " ", Map.of("k1", K1_HEX), INDEX_HEX, "current-key-id must be set"),
                Arguments.of(
                        "current key not defined",
                        "k2",
                        Map.of("k1", K1_HEX),
                        INDEX_HEX,
                        "'k2' has no entry in gongkai.crypto.keys"),
                Arguments.of("no keys", "k1", null, INDEX_HEX, "at least one key"),
                Arguments.of("empty keys", "k1", Map.of(), INDEX_HEX, "at least one key"),
                Arguments.of(
                        "15-byte key",
                        "k1",
                        Map.of("k1", fifteenBytes),
                        INDEX_HEX,
                        "gongkai.crypto.keys.k1 must be exactly 16 bytes"),
                Arguments.of(
                        "32-byte key",
                        "k1",
                        Map.of("k1", thirtyTwoBytes),
                        INDEX_HEX,
                        "gongkai.crypto.keys.k1 must be exactly 16 bytes"),
                Arguments.of(
                        "30 hex characters",
                        "k1",
                        Map.of("k1", K1_HEX.substring(2)),
                        INDEX_HEX,
                        "gongkai.crypto.keys.k1 must be exactly 16 bytes"),
                Arguments.of(
                        "33 hex characters",
                        "k1",
                        Map.of("k1", K1_HEX + "a"),
                        INDEX_HEX,
                        "gongkai.crypto.keys.k1 must be 32 hex characters or the base64"),
                Arguments.of(
                        "not base64",
                        "k1",
                        Map.of("k1", "not a key!"),
                        INDEX_HEX,
                        "gongkai.crypto.keys.k1 must be 32 hex characters or the base64"),
                Arguments.of("null key", "k1", withNullKey, INDEX_HEX, "gongkai.crypto.keys.k1 must be set"),
                Arguments.of("key id with colon", "k:1", Map.of("k:1", K1_HEX), INDEX_HEX, "key id 'k:1' must be"),
                Arguments.of("no index key", "k1", Map.of("k1", K1_HEX), null, "gongkai.crypto.index-key must be set"),
                Arguments.of(
                        "short index key",
                        "k1",
                        Map.of("k1", K1_HEX),
                        fifteenBytes,
                        "gongkai.crypto.index-key must be exactly 16 bytes"),
                Arguments.of(
                        "index key reuses field key",
                        "k1",
                        Map.of("k1", K1_HEX),
                        K1_BASE64URL_UNPADDED,
                        "gongkai.crypto.index-key must differ from gongkai.crypto.keys.k1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSettings")
    void refusesInvalidSettings(
            String description,
            String currentKeyId,
            Map<String, String> keys,
            String indexKey,
            String expectedMessage) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FieldCipherSettings(currentKeyId, keys, indexKey))
                .withMessageContaining(expectedMessage);
    }

    @Test
    void readsBase64KeyThatLooksLikeHex() {
        // 22 unpadded base64 characters that are all hex digits must still be read as base64.
        FieldCipherSettings settings = new FieldCipherSettings("k1", Map.of("k1", "AAAAAAAAAAAAAAAAAAAAAA"), INDEX_HEX);

        assertThat(settings.decodedKeys().get("k1")).isEqualTo(new byte[16]);
    }

    @Test
    void neverQuotesKeyMaterialInMessages() {
        String almostKey = "ESIzRFVmd4iZqrvM3e7/AA=!";

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FieldCipherSettings("k1", Map.of("k1", almostKey), INDEX_HEX))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("ESIz"))
                .satisfies(e -> assertThat(e.getCause()).isNull());
    }

    @Test
    void hidesKeysInToString() {
        FieldCipherSettings settings = TestKeys.k2CurrentK1Old();

        assertThat(settings.toString())
                .contains("currentKeyId=k2", "k1", "k2", "hidden")
                .doesNotContain(K1_HEX, K2_BASE64, INDEX_HEX, "ESIz", "0001");
    }

    @Test
    void cannotBeChangedAfterValidation() {
        Map<String, String> keys = new HashMap<>(Map.of("k1", K1_HEX));
        FieldCipherSettings settings = new FieldCipherSettings("k1", keys, INDEX_HEX);

        keys.put("k1", "broken");

        assertThat(settings.keys()).containsEntry("k1", K1_HEX);
    }

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(CryptoConfiguration.class);

    @Test
    void bindsFromApplicationProperties() {
        context.withPropertyValues(
                        "gongkai.crypto.current-key-id=k2",
                        "gongkai.crypto.keys.k1=" + K1_HEX,
                        "gongkai.crypto.keys.k2=" + K2_BASE64,
                        "gongkai.crypto.index-key=" + INDEX_HEX)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    FieldCipher cipher = context.getBean(FieldCipher.class);
                    assertThat(cipher.encrypt("13800138000")).startsWith("v1:k2:");
                    assertThat(context.getBean(BlindIndex.class).of("13800138000"))
                            .hasSize(64);
                });
    }

    @Test
    void stopsStartupWithoutKeys() {
        context.run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("gongkai.crypto.keys"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(FieldCipherSettings.class)
    @Import({FieldCipher.class, BlindIndex.class})
    static class CryptoConfiguration {}
}
