package cn.gongkai.platform.crypto;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Field encryption settings (字段加密配置): the SM4 keys for personal data fields and the key for
 * their blind index.
 *
 * <pre>
 * gongkai.crypto.current-key-id=2025a
 * gongkai.crypto.keys.2024a=&lt;old key, still needed to read old rows&gt;
 * gongkai.crypto.keys.2025a=&lt;32 hex chars or base64 of 16 bytes&gt;
 * gongkai.crypto.index-key=&lt;another 16-byte key&gt;
 * </pre>
 *
 * Every key is 128 bits, given as 32 hex characters or as base64 (standard or URL-safe, padding
 * optional). Key ids end up inside every stored value, so they are limited to letters, digits,
 * {@code -} and {@code _}. Invalid settings stop the application at start-up rather than at the
 * first citizen who submits a form.
 *
 * @param currentKeyId the key id new values are encrypted with
 * @param keys every key id still in use, mapped to its key
 * @param indexKey the HMAC-SM3 key for {@link BlindIndex}; changing it invalidates every stored
 *     index, so it is not rotated with the field keys
 */
@ConfigurationProperties(prefix = "gongkai.crypto")
public record FieldCipherSettings(String currentKeyId, Map<String, String> keys, String indexKey) {

    static final int KEY_BYTES = 16;

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    // Base64 of 16 bytes is 22 or 24 characters, so a 32-character hex key cannot be misread.
    private static final Pattern HEX_KEY = Pattern.compile("[0-9A-Fa-f]{" + 2 * KEY_BYTES + "}");

    public FieldCipherSettings {
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("gongkai.crypto.keys must define at least one key");
        }
        if (currentKeyId == null || currentKeyId.isBlank()) {
            throw new IllegalArgumentException("gongkai.crypto.current-key-id must be set");
        }
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("gongkai.crypto.current-key-id '" + currentKeyId
                    + "' has no entry in gongkai.crypto.keys (defined: " + keys.keySet() + ")");
        }
        // Decoding here is the validation; the decoded bytes are derived again when needed
        // because a record cannot hold extra state.
        Map<String, byte[]> decoded = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (id == null || !KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException(
                        "gongkai.crypto.keys: key id '" + id + "' must be 1 to 32 letters, digits, '-' or '_'");
            }
            decoded.put(id, decodeKey("gongkai.crypto.keys." + id, key));
        });
        byte[] index = decodeKey("gongkai.crypto.index-key", indexKey);
        // One key per purpose: an index computed with a field key would weaken both.
        decoded.forEach((id, key) -> {
            if (MessageDigest.isEqual(key, index)) {
                throw new IllegalArgumentException(
                        "gongkai.crypto.index-key must differ from gongkai.crypto.keys." + id);
            }
        });
        keys = Map.copyOf(keys);
    }

    /** The decoded field keys by key id. */
    Map<String, byte[]> decodedKeys() {
        Map<String, byte[]> decoded = new LinkedHashMap<>();
        keys.forEach((id, key) -> decoded.put(id, decodeKey("gongkai.crypto.keys." + id, key)));
        return decoded;
    }

    byte[] decodedIndexKey() {
        return decodeKey("gongkai.crypto.index-key", indexKey);
    }

    /** Names the key ids but never the keys, so settings can be logged safely. */
    @Override
    public String toString() {
        return "FieldCipherSettings[currentKeyId=" + currentKeyId + ", keys=" + new TreeMap<>(keys).keySet()
                + " (values hidden), indexKey=(hidden)]";
    }

    private static byte[] decodeKey(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(property + " must be set");
        }
        String trimmed = value.strip();
        byte[] key;
        try {
            key = HEX_KEY.matcher(trimmed).matches()
                    ? HexFormat.of().parseHex(trimmed)
                    : Base64.getDecoder().decode(trimmed.replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            // The cause is dropped because its message can quote part of the key.
            throw new IllegalArgumentException(property + " must be 32 hex characters or the base64 of 16 bytes");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(property + " must be exactly " + KEY_BYTES
                    + " bytes (128 bits: 32 hex characters or base64) but is " + key.length
                    + " bytes");
        }
        return key;
    }
}
