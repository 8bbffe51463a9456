package cn.gongkai.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.stereotype.Component;

/**
 * Personal information field encryption (个人信息字段加密): SM4-GCM for ID numbers, phone numbers
 * and postal addresses stored in the database, as GB/T 39786-2021 expects for important data.
 *
 * <p>A stored value reads {@code v1:<keyId>:<nonce>:<ciphertext+tag>} (base64url, no padding),
 * so it fits a {@code text} column and names the key that can open it: new values always use the
 * current key, old ones stay readable while their key is configured, and a re-encryption job
 * finds the rest with {@link #isEncryptedWithCurrentKey(String)}.
 *
 * <p>The context (for example {@code "disclosure_request.id_number"}) is authenticated but not
 * stored, so a value copied into another column, or moved between versions or keys, fails to
 * decrypt instead of being shown where it does not belong. Use the same context for a column
 * forever; changing it makes existing values unreadable.
 *
 * <p>Nonces are random, which keeps GCM safe for roughly 2<sup>32</sup> values per key; rotate
 * the key well before that. Thread-safe. Each call is cheap CPU work on short values; callers
 * encrypting large documents should move it to {@code Schedulers.boundedElastic()}.
 */
@Component
public class FieldCipher {

    private static final String VERSION = "v1";

    private static final int NONCE_BYTES = 12;

    private static final int TAG_BITS = 128;

    private static final int TAG_BYTES = TAG_BITS / 8;

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private static final Base64.Decoder BASE64_DECODER = Base64.getUrlDecoder();

    private final String currentKeyId;

    private final Map<String, KeyParameter> keys;

    private final SecureRandom random = new SecureRandom();

    public FieldCipher(FieldCipherSettings settings) {
        this.currentKeyId = settings.currentKeyId();
        this.keys = settings.decodedKeys().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> new KeyParameter(e.getValue())));
    }

    /** Encrypts with the current key and no context; {@code null} stays {@code null}. */
    public String encrypt(String plaintext) {
        return encrypt(plaintext, "");
    }

    /**
     * Encrypts with the current key, bound to {@code context}; {@code null} stays {@code null}.
     *
     * @throws IllegalArgumentException if the plaintext is not valid Unicode (an unpaired
     *     surrogate), which could not be given back unchanged
     */
    public String encrypt(String plaintext, String context) {
        Objects.requireNonNull(context, "context");
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] input = utf8(plaintext);
        GCMModeCipher gcm = gcm(true, keys.get(currentKeyId), nonce, currentKeyId, context);
        byte[] output = new byte[gcm.getOutputSize(input.length)];
        int length = gcm.processBytes(input, 0, input.length, output, 0);
        try {
            length += gcm.doFinal(output, length);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("SM4-GCM encryption failed", e);
        } finally {
            Arrays.fill(input, (byte) 0);
        }
        return VERSION
                + ':'
                + currentKeyId
                + ':'
                + BASE64.encodeToString(nonce)
                + ':'
                + BASE64.encodeToString(Arrays.copyOf(output, length));
    }

    /** Decrypts a value encrypted without context; {@code null} stays {@code null}. */
    public String decrypt(String stored) {
        return decrypt(stored, "");
    }

    /**
     * Decrypts a value encrypted with {@code context} under any configured key; {@code null}
     * stays {@code null}.
     *
     * @throws FieldDecryptionException if the key id is unknown, the format is broken, or
     *     authentication fails (tampered value or wrong context)
     */
    public String decrypt(String stored, String context) {
        Objects.requireNonNull(context, "context");
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(":", -1);
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            throw new FieldDecryptionException("not an encrypted field value of the form v1:<keyId>:<nonce>:<data>");
        }
        String keyId = parts[1];
        KeyParameter key = keys.get(keyId);
        if (key == null) {
            throw new FieldDecryptionException("no key configured for key id '" + keyId + "'");
        }
        byte[] nonce = decodeBase64(parts[2], "nonce");
        byte[] data = decodeBase64(parts[3], "ciphertext");
        if (nonce.length != NONCE_BYTES) {
            throw new FieldDecryptionException("nonce must be " + NONCE_BYTES + " bytes");
        }
        if (data.length < TAG_BYTES) {
            throw new FieldDecryptionException("ciphertext is shorter than the authentication tag");
        }
        GCMModeCipher gcm = gcm(false, key, nonce, keyId, context);
        byte[] output = new byte[gcm.getOutputSize(data.length)];
        try {
            int length = gcm.processBytes(data, 0, data.length, output, 0);
            length += gcm.doFinal(output, length);
            return new String(output, 0, length, StandardCharsets.UTF_8);
        } catch (InvalidCipherTextException e) {
            throw new FieldDecryptionException(
                    "field value failed authentication (tampered, or wrong context or key)", e);
        } finally {
            // GCM releases plaintext before the tag is checked; wipe it either way.
            Arrays.fill(output, (byte) 0);
        }
    }

    /**
     * Whether {@code stored} names the current key, judged by its header alone; {@code false}
     * for {@code null}, plaintext and values under older keys, which a re-encryption job should
     * {@link #decrypt(String, String) decrypt} and {@link #encrypt(String, String) encrypt} again.
     */
    public boolean isEncryptedWithCurrentKey(String stored) {
        return stored != null && stored.startsWith(VERSION + ':' + currentKeyId + ':');
    }

    private static GCMModeCipher gcm(boolean encrypt, KeyParameter key, byte[] nonce, String keyId, String context) {
        // The header is authenticated along with the context so no part of it can be swapped.
        byte[] associatedData = (VERSION + ':' + keyId + ':' + context).getBytes(StandardCharsets.UTF_8);
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(key, TAG_BITS, nonce, associatedData));
        return gcm;
    }

    private static byte[] decodeBase64(String text, String part) {
        byte[] bytes;
        try {
            bytes = BASE64_DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            throw new FieldDecryptionException(part + " is not valid base64url", e);
        }
        // Only the canonical spelling is accepted, so one value has exactly one stored form.
        if (!BASE64.encodeToString(bytes).equals(text)) {
            throw new FieldDecryptionException(part + " is not canonical unpadded base64url");
        }
        return bytes;
    }

    private static byte[] utf8(String text) {
        try {
            ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("plaintext is not valid Unicode", e);
        }
    }
}
