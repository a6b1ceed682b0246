package cn.gongkai.applications;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Encrypts personal data at rest (AES-256-GCM) and computes keyed hashes (HMAC-SHA256) that stand in for secrets
 * such as query codes and identity numbers. The key comes from {@code gongkai.data-key} (env {@code GONGKAI_DATA_KEY},
 * 32 bytes in Base64); encryption and hashing use separate keys derived from it.
 */
@ApplicationScoped
public class PersonalDataCipher {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashingKey;
    private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(PersonalDataCipher::randomSource);
    // Cipher and Mac instances are not thread-safe and slow to look up: one of each per thread, initialised anew per use.
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> instance(() -> Cipher.getInstance("AES/GCM/NoPadding")));
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> instance(() -> Mac.getInstance("HmacSHA256")));

    public PersonalDataCipher(@ConfigProperty(name = "gongkai.data-key") Optional<String> base64Key) {
        byte[] master = Base64.getDecoder().decode(base64Key
                .orElseThrow(() -> new IllegalStateException("no key for personal data: set GONGKAI_DATA_KEY (32 bytes, Base64)"))
                .strip());
        if (master.length != 32) {
            throw new IllegalStateException("gongkai.data-key must be 32 bytes in Base64, got " + master.length);
        }
        this.encryptionKey = new SecretKeySpec(derive(master, "gongkai/encrypt"), "AES");
        this.hashingKey = new SecretKeySpec(derive(master, "gongkai/hash"), "HmacSHA256");
    }

    public byte[] encrypt(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.get().nextBytes(nonce);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(byte[] box) {
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, box, 0, NONCE_BYTES));
            return new String(cipher.doFinal(box, NONCE_BYTES, box.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed (wrong gongkai.data-key?)", e);
        }
    }

    public byte[] hash(String purpose, String value) {
        try {
            Mac mac = macs.get();
            mac.init(hashingKey);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of two hashes. */
    public static boolean same(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    /**
     * A generator for one thread: the platform default (NativePRNG) reads through one lock for the whole JVM, which
     * serialises every submission; a DRBG per thread, seeded by the platform, does not.
     */
    static SecureRandom randomSource() {
        return instance(() -> SecureRandom.getInstance("DRBG"));
    }

    private interface Lookup<T> {
        T get() throws GeneralSecurityException;
    }

    private static <T> T instance(Lookup<T> lookup) {
        try {
            return lookup.get();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] derive(byte[] master, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
