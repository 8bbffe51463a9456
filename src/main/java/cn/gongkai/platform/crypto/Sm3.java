package cn.gongkai.platform.crypto;

import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * SM3 hash (SM3 杂凑, GB/T 32905-2016), the integrity function GB/T 39786-2021 expects; the audit
 * hash chain uses it.
 *
 * <p>The parts are hashed as one concatenated message, so {@code ("ab", "c")} and
 * {@code ("a", "bc")} give the same digest. Callers mixing variable-length parts must make the
 * boundaries unambiguous themselves, for example with fixed-length fields or length prefixes.
 */
public final class Sm3 {

    private Sm3() {}

    /** The 32-byte SM3 digest of the concatenated parts. */
    public static byte[] digest(byte[]... parts) {
        SM3Digest sm3 = new SM3Digest();
        for (byte[] part : parts) {
            sm3.update(part, 0, part.length);
        }
        byte[] digest = new byte[sm3.getDigestSize()];
        sm3.doFinal(digest, 0);
        return digest;
    }

    /** The SM3 digest of the concatenated parts as 64 lowercase hex characters. */
    public static String hex(byte[]... parts) {
        return HexFormat.of().formatHex(digest(parts));
    }
}
