package cn.gongkai.platform.crypto;

/**
 * Field decryption failure (字段解密失败): a stored value could not be read back, because its key
 * id is unknown, its format is broken, or it fails authentication (tampered, truncated, or copied
 * from another column).
 *
 * <p>It is unchecked because callers cannot repair the value; it signals corrupt data or a
 * missing key, which operators must look at. Messages never contain key material or plaintext.
 */
public class FieldDecryptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FieldDecryptionException(String message) {
        super(message);
    }

    public FieldDecryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
