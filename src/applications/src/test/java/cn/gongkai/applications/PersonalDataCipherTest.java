package cn.gongkai.applications;

import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {
    static final String OLD = key(1);
    static final String NEW = key(2);

    static String key(int fill) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, (byte) fill);
        return Base64.getEncoder().encodeToString(k);
    }

    static PersonalDataCipher rotated() {
        return new PersonalDataCipher(Optional.of(NEW), Optional.of(List.of(OLD)), Optional.of(OLD));
    }

    /** What the cipher wrote before key ids: nonce and ciphertext only, under the key derived from the master. */
    static byte[] legacy(String master, String plain) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(master), "HmacSHA256"));
        SecretKeySpec key = new SecretKeySpec(mac.doFinal("gongkai/encrypt".getBytes(StandardCharsets.UTF_8)), "AES");
        byte[] nonce = new byte[12];
        new java.security.SecureRandom().nextBytes(nonce);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
    }

    @Test
    void newDataCarriesTheCurrentKeysIdAndOlderDataStillOpensUnderAPreviousKey() throws Exception {
        PersonalDataCipher before = new PersonalDataCipher(OLD);
        PersonalDataCipher after = rotated();
        byte[] underOld = before.encrypt("张三丰");
        byte[] fromBeforeKeyIds = legacy(OLD, "李四");
        byte[] underNew = after.encrypt("王五");

        assertThat(underNew).startsWith(after.currentPrefix());
        assertThat(after.underCurrentKey(underNew)).isTrue();
        assertThat(after.underCurrentKey(underOld)).isFalse();
        assertThat(after.underCurrentKey(fromBeforeKeyIds)).isFalse();
        assertThat(after.decrypt(underOld)).isEqualTo("张三丰");
        assertThat(after.decrypt(fromBeforeKeyIds)).isEqualTo("李四");
        assertThat(before.decrypt(fromBeforeKeyIds)).isEqualTo("李四");

        // without the previous key the old data is closed, and the new key's data was never open to the old key
        PersonalDataCipher newOnly = new PersonalDataCipher(NEW);
        assertThatThrownBy(() -> newOnly.decrypt(underOld)).hasMessageContaining("none of the data keys");
        assertThatThrownBy(() -> before.decrypt(underNew)).hasMessageContaining("none of the data keys");
        // a tampered value opens under no key
        underNew[underNew.length - 1] ^= 1;
        assertThatThrownBy(() -> after.decrypt(underNew)).hasMessageContaining("none of the data keys");
    }

    @Test
    void keyedHashesKeepTheirKeyAcrossARotation() {
        byte[] beforeRotation = new PersonalDataCipher(OLD).hash("query-code", "GK-1:ABCD");
        assertThat(rotated().hash("query-code", "GK-1:ABCD")).isEqualTo(beforeRotation);
        assertThat(new PersonalDataCipher(NEW).hash("query-code", "GK-1:ABCD")).isNotEqualTo(beforeRotation);
    }

    @Test
    void aKeyOfTheWrongSizeIsRefused() {
        assertThatThrownBy(() -> new PersonalDataCipher(Optional.of(NEW), Optional.of(List.of("c2hvcnQ=")), Optional.empty()))
                .hasMessageContaining("gongkai.data-keys.previous must be 32 bytes");
    }
}
