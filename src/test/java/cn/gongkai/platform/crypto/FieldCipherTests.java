package cn.gongkai.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FieldCipherTests {

    private static final String CONTEXT = "disclosure_request.id_number";

    /**
     * Written by OpenSSL's SM4-GCM (through Python's cryptography package) with key k1, nonce
     * 00..0b and associated data "v1:k1:" + CONTEXT, so the format is not only self-consistent.
     */
    private static final String FOREIGN_VALUE = "v1:k1:AAECAwQFBgcICQoL:pnfuyvlbtDnGrER-4YzNUxDP7I_PsFjMi2GAfmNB_D6NEg";

    private static final String FOREIGN_PLAINTEXT = "11010119900307451X";

    private final FieldCipher cipher = new FieldCipher(TestKeys.onlyK1());

    static Stream<Arguments> plaintexts() {
        return Stream.of(
                Arguments.of("ASCII", "13800138000"),
                Arguments.of("Chinese", "北京市东城区正义路1号 张三"),
                Arguments.of("supplementary characters", "𠀀𪚥 and 😀"),
                Arguments.of("empty", ""),
                Arguments.of("10 KB", "公开".repeat(5 * 1024)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plaintexts")
    void roundTripsWithContext(String description, String plaintext) {
        String stored = cipher.encrypt(plaintext, CONTEXT);

        assertThat(cipher.decrypt(stored, CONTEXT)).isEqualTo(plaintext);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plaintexts")
    void roundTripsWithoutContext(String description, String plaintext) {
        assertThat(cipher.decrypt(cipher.encrypt(plaintext))).isEqualTo(plaintext);
    }

    @Test
    void writesSelfDescribingAsciiValue() {
        String stored = cipher.encrypt("13800138000", CONTEXT);

        // 11 bytes of plaintext + 16 bytes of tag = 27 bytes = 36 base64url characters.
        assertThat(stored).matches("v1:k1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{36}");
    }

    @Test
    void encryptsTheSameValueDifferentlyEachTime() {
        assertThat(cipher.encrypt("110101199003074514", CONTEXT))
                .isNotEqualTo(cipher.encrypt("110101199003074514", CONTEXT));
    }

    @Test
    void readsValueWrittenByAnotherSm4GcmImplementation() {
        assertThat(cipher.decrypt(FOREIGN_VALUE, CONTEXT)).isEqualTo(FOREIGN_PLAINTEXT);
    }

    @Test
    void passesNullThrough() {
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.encrypt(null, CONTEXT)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
        assertThat(cipher.decrypt(null, CONTEXT)).isNull();
        assertThat(cipher.isEncryptedWithCurrentKey(null)).isFalse();
    }

    @Test
    void refusesTextThatIsNotValidUnicode() {
        assertThatIllegalArgumentException().isThrownBy(() -> cipher.encrypt("a\uD800b"));
    }

    @Test
    void readsOldValuesAfterKeyRotation() {
        String old = cipher.encrypt("13800138000", CONTEXT);
        FieldCipher rotated = new FieldCipher(TestKeys.k2CurrentK1Old());

        String fresh = rotated.encrypt("13800138000", CONTEXT);

        assertThat(rotated.decrypt(old, CONTEXT)).isEqualTo("13800138000");
        assertThat(fresh).startsWith("v1:k2:");
        assertThat(rotated.isEncryptedWithCurrentKey(old)).isFalse();
        assertThat(rotated.isEncryptedWithCurrentKey(fresh)).isTrue();
        assertThat(cipher.isEncryptedWithCurrentKey(old)).isTrue();
    }

    @Test
    void treatsPlaintextAndPrefixLookalikesAsNotEncryptedWithCurrentKey() {
        assertThat(cipher.isEncryptedWithCurrentKey("13800138000")).isFalse();
        assertThat(cipher.isEncryptedWithCurrentKey("v1:k1x:AAECAwQFBgcICQoL:AAAA"))
                .isFalse();
        assertThat(cipher.isEncryptedWithCurrentKey("v2:k1:AAECAwQFBgcICQoL:AAAA"))
                .isFalse();
    }

    @Test
    void refusesValuesUnderRetiredKey() {
        String old = cipher.encrypt("13800138000", CONTEXT);
        FieldCipher retired =
                new FieldCipher(new FieldCipherSettings("k2", Map.of("k2", TestKeys.K2_BASE64), TestKeys.INDEX_HEX));

        assertThatThrownBy(() -> retired.decrypt(old, CONTEXT))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining("'k1'");
    }

    @Test
    void refusesValueWithAnyByteOfNonceOrCiphertextChanged() {
        String stored = cipher.encrypt("北京市东城区正义路1号", CONTEXT);
        String[] parts = stored.split(":");
        byte[] nonce = Base64.getUrlDecoder().decode(parts[2]);
        byte[] data = Base64.getUrlDecoder().decode(parts[3]);

        for (int i = 0; i < nonce.length; i++) {
            String tampered = withPart(parts, 2, flipped(nonce, i));
            assertThatThrownBy(() -> cipher.decrypt(tampered, CONTEXT))
                    .as("nonce byte %d", i)
                    .isInstanceOf(FieldDecryptionException.class);
        }
        for (int i = 0; i < data.length; i++) {
            String tampered = withPart(parts, 3, flipped(data, i));
            assertThatThrownBy(() -> cipher.decrypt(tampered, CONTEXT))
                    .as("ciphertext byte %d", i)
                    .isInstanceOf(FieldDecryptionException.class);
        }
    }

    @Test
    void refusesValueReadWithAnotherContext() {
        String stored = cipher.encrypt("110101199003074514", "disclosure_request.id_number");

        assertThatThrownBy(() -> cipher.decrypt(stored, "hotline_ticket.id_number"))
                .isInstanceOf(FieldDecryptionException.class);
        assertThatThrownBy(() -> cipher.decrypt(stored)).isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void refusesValueWithHeaderRelabelledToAnotherKey() {
        // Both keys are configured, so only the authenticated header stops the swap.
        FieldCipher both = new FieldCipher(TestKeys.k2CurrentK1Old());
        String stored = both.encrypt("13800138000", CONTEXT);

        assertThatThrownBy(() -> both.decrypt(stored.replace("v1:k2:", "v1:k1:"), CONTEXT))
                .isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void refusesUnknownKeyId() {
        assertThatThrownBy(() -> cipher.decrypt(FOREIGN_VALUE.replace(":k1:", ":k9:"), CONTEXT))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining("'k9'");
    }

    static Stream<Arguments> malformedValues() {
        String nonce = "AAECAwQFBgcICQoL";
        String data = "pnfuyvlbtDnGrER-4YzNUxDP7I_PsFjMi2GAfmNB_D6NEg";
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("plaintext", FOREIGN_PLAINTEXT),
                Arguments.of("version only", "v1"),
                Arguments.of("ciphertext missing", "v1:k1:" + nonce),
                Arguments.of("ciphertext empty", "v1:k1:" + nonce + ":"),
                Arguments.of("nonce empty", "v1:k1::" + data),
                Arguments.of("key id empty", "v1::" + nonce + ":" + data),
                Arguments.of("extra part", FOREIGN_VALUE + ":AAAA"),
                Arguments.of("wrong version", "v2:k1:" + nonce + ":" + data),
                Arguments.of("upper-case version", "V1:k1:" + nonce + ":" + data),
                Arguments.of("bad base64 in nonce", "v1:k1:AAEC*wQFBgcICQoL:" + data),
                Arguments.of("bad base64 in ciphertext", "v1:k1:" + nonce + ":" + data + "!"),
                Arguments.of("impossible base64 length", "v1:k1:" + nonce + "A:" + data),
                Arguments.of(
                        "standard base64 alphabet",
                        "v1:k1:" + nonce + ":" + data.replace('-', '+').replace('_', '/')),
                Arguments.of("padded base64", FOREIGN_VALUE + "=="),
                Arguments.of(
                        "non-canonical trailing bits",
                        "v1:k1:" + nonce + ":" + data.substring(0, data.length() - 1) + "h"),
                Arguments.of("short nonce", "v1:k1:AAECAwQFBgcI:" + data),
                Arguments.of("ciphertext shorter than tag", "v1:k1:" + nonce + ":AAECAwQFBgcICQoL"),
                Arguments.of("surrounding space", " " + FOREIGN_VALUE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedValues")
    void refusesMalformedValue(String description, String stored) {
        assertThatThrownBy(() -> cipher.decrypt(stored, CONTEXT)).isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void isSafeToShareBetweenThreads() {
        List<String> values =
                IntStream.range(0, 2_000).mapToObj(i -> "1380013" + i).toList();

        List<String> roundTripped = values.parallelStream()
                .map(value -> cipher.decrypt(cipher.encrypt(value, CONTEXT), CONTEXT))
                .toList();

        assertThat(roundTripped).isEqualTo(values);
    }

    private static String flipped(byte[] bytes, int index) {
        byte[] copy = bytes.clone();
        copy[index] ^= 0x01;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(copy);
    }

    private static String withPart(String[] parts, int index, String replacement) {
        String[] copy = parts.clone();
        copy[index] = replacement;
        return String.join(":", copy);
    }
}
