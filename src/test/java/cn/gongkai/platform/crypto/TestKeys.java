package cn.gongkai.platform.crypto;

import java.util.Map;

/** Fixed keys for tests; never used outside them. */
final class TestKeys {

    static final String K1_HEX = "000102030405060708090a0b0c0d0e0f";

    static final String K2_BASE64 = "ESIzRFVmd4iZqrvM3e7/AA==";

    static final String INDEX_HEX = "0f0e0d0c0b0a09080706050403020100";

    private TestKeys() {}

    static FieldCipherSettings onlyK1() {
        return new FieldCipherSettings("k1", Map.of("k1", K1_HEX), INDEX_HEX);
    }

    static FieldCipherSettings k2CurrentK1Old() {
        return new FieldCipherSettings("k2", Map.of("k1", K1_HEX, "k2", K2_BASE64), INDEX_HEX);
    }
}
