package cn.gongkai.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Encrypts personal data at rest (AES-256-GCM) and computes keyed hashes (HMAC-SHA256) that stand in for secrets
 * such as query codes and identity numbers. The key comes from {@code gongkai.data-key} (env {@code GONGKAI_DATA_KEY},
 * 32 bytes in Base64); encryption and hashing use separate keys derived from it.
 * <p>
 * Rotation: what is encrypted now carries the current key's id ({@value #MARK}, 8 bytes of id, nonce, ciphertext);
 * {@code gongkai.data-keys.previous} (env {@code GONGKAI_DATA_KEYS_PREVIOUS}, comma-separated) lists the keys that
 * older data may still be under, which decrypt only; {@link DataKeyRotation} re-encrypts it under the current key.
 * Data from before key ids (nonce and ciphertext only) is tried under every key: GCM's tag tells the right one.
 * The keyed hashes are looked up, not decrypted, and the values behind them are not stored to hash again: they keep
 * their key, {@code gongkai.data-hash-key} (env {@code GONGKAI_DATA_HASH_KEY}), which is the data key unless set.
 */
@ApplicationScoped
public class PersonalDataCipher {
    /** First byte of what carries a key id. */
    static final byte MARK = 'K';
    static final int KEY_ID_BYTES = 8;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** One key of the ring: its id and the AES key derived from it. */
    private record Ring(byte[] id, SecretKeySpec key) {
    }

    private final Ring current;
    private final List<Ring> previous;
    private final SecretKeySpec hashingKey;
    private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(PersonalDataCipher::randomSource);
    // Cipher and Mac instances are not thread-safe and slow to look up: one of each per thread, initialised anew per use.
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> instance(() -> Cipher.getInstance("AES/GCM/NoPadding")));
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> instance(() -> Mac.getInstance("HmacSHA256")));

    @Inject
    public PersonalDataCipher(@ConfigProperty(name = "gongkai.data-key") Optional<String> base64Key,
                              @ConfigProperty(name = "gongkai.data-keys.previous") Optional<List<String>> previousKeys,
                              @ConfigProperty(name = "gongkai.data-hash-key") Optional<String> hashKey) {
        byte[] master = decode("gongkai.data-key", base64Key
                .orElseThrow(() -> new IllegalStateException("no key for personal data: set GONGKAI_DATA_KEY (32 bytes, Base64)")));
        this.current = ring(master);
        this.previous = previousKeys.orElse(List.of()).stream().filter(k -> !k.isBlank())
                .map(k -> ring(decode("gongkai.data-keys.previous", k)))
                .filter(r -> !Arrays.equals(r.id(), current.id())).toList();
        byte[] hashMaster = hashKey.filter(k -> !k.isBlank()).map(k -> decode("gongkai.data-hash-key", k)).orElse(master);
        this.hashingKey = new SecretKeySpec(derive(hashMaster, "gongkai/hash"), "HmacSHA256");
    }

    /** A cipher with one key and nothing older (tools, tests). */
    public PersonalDataCipher(String base64Key) {
        this(Optional.of(base64Key), Optional.empty(), Optional.empty());
    }

    private static byte[] decode(String setting, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " must be 32 bytes in Base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(setting + " must be 32 bytes in Base64, got " + key.length);
        }
        return key;
    }

    private static Ring ring(byte[] master) {
        return new Ring(Arrays.copyOf(derive(master, "gongkai/key-id"), KEY_ID_BYTES),
                new SecretKeySpec(derive(master, "gongkai/encrypt"), "AES"));
    }

    public byte[] encrypt(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.get().nextBytes(nonce);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, current.key(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + KEY_ID_BYTES + NONCE_BYTES + sealed.length)
                    .put(MARK).put(current.id()).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(byte[] box) {
        if (box.length > 1 + KEY_ID_BYTES + NONCE_BYTES && box[0] == MARK) {
            for (Ring ring : keys()) {
                if (Arrays.equals(box, 1, 1 + KEY_ID_BYTES, ring.id(), 0, KEY_ID_BYTES)) {
                    String plain = open(ring.key(), box, 1 + KEY_ID_BYTES);
                    if (plain != null) {
                        return plain;
                    }
                }
            }
        }
        // from before key ids: nonce and ciphertext, under whichever key GCM's tag accepts
        for (Ring ring : keys()) {
            String plain = open(ring.key(), box, 0);
            if (plain != null) {
                return plain;
            }
        }
        throw new IllegalStateException("decryption failed: under none of the data keys (wrong gongkai.data-key, or a "
                + "previous key missing from gongkai.data-keys.previous?)");
    }

    /** Whether {@code box} is already under the current key (what rotation leaves alone). */
    public boolean underCurrentKey(byte[] box) {
        return box.length > 1 + KEY_ID_BYTES && box[0] == MARK
                && Arrays.equals(box, 1, 1 + KEY_ID_BYTES, current.id(), 0, KEY_ID_BYTES);
    }

    /** The first bytes of everything encrypted under the current key: rotation finds the rest by them. */
    public byte[] currentPrefix() {
        return ByteBuffer.allocate(1 + KEY_ID_BYTES).put(MARK).put(current.id()).array();
    }

    private List<Ring> keys() {
        List<Ring> all = new ArrayList<>(1 + previous.size());
        all.add(current);
        all.addAll(previous);
        return all;
    }

    private static String open(SecretKeySpec key, byte[] box, int offset) {
        if (box.length < offset + NONCE_BYTES + TAG_BITS / 8) {
            return null;
        }
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, box, offset, NONCE_BYTES));
            return new String(cipher.doFinal(box, offset + NONCE_BYTES, box.length - offset - NONCE_BYTES),
                    StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed", e);
        }
    }

    public byte[] hash(String purpose, String value) {
        try {
            Mac mac = MACS.get();
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
