package cn.gongkai.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.stereotype.Component;

/**
 * Blind index (盲索引): a keyed HMAC-SM3 of a personal data value, stored beside its encrypted
 * form so the portal can find "the same ID number" with an equality lookup and never decrypt.
 *
 * <p>Equal input gives equal output, so callers must normalise first (trim, upper-case the
 * check character of an ID number, strip spaces from a phone number); the index cannot do it
 * because only the field's owner knows what "the same" means. The key is
 * {@code gongkai.crypto.index-key}, separate from the field keys; without it, low-entropy values
 * such as phone numbers could be found by hashing every candidate. Thread-safe.
 */
@Component
public class BlindIndex {

    private final KeyParameter key;

    public BlindIndex(FieldCipherSettings settings) {
        this.key = new KeyParameter(settings.decodedIndexKey());
    }

    /**
     * The index of an already normalised value as 64 lowercase hex characters; {@code null}
     * stays {@code null}.
     */
    public String of(String normalisedValue) {
        if (normalisedValue == null) {
            return null;
        }
        byte[] input = normalisedValue.getBytes(StandardCharsets.UTF_8);
        HMac hmac = new HMac(new SM3Digest());
        hmac.init(key);
        hmac.update(input, 0, input.length);
        byte[] mac = new byte[hmac.getMacSize()];
        hmac.doFinal(mac, 0);
        return HexFormat.of().formatHex(mac);
    }
}
