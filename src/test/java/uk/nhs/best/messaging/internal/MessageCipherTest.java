package uk.nhs.best.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class MessageCipherTest {

    static SecretKey newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    @Test
    void eachTextGetsItsOwnIvAndOpensWithItsKey() {
        MessageCipher cipher = new MessageCipher(Map.of("k1", newKey()), "k1");
        MessageCipher.Sealed first = cipher.seal("Same words", "body");
        MessageCipher.Sealed second = cipher.seal("Same words", "body");

        assertThat(first.data()).isNotEqualTo(second.data());
        assertThat(first.keyId()).isEqualTo("k1");
        assertThat(cipher.open(first, "body")).isEqualTo("Same words");
    }

    @Test
    void aRotatedKeyStillOpensOldTexts() {
        SecretKey old = newKey();
        MessageCipher.Sealed sealed = new MessageCipher(Map.of("k1", old), "k1").seal("Written last year", "body");
        MessageCipher rotated = new MessageCipher(Map.of("k1", old, "k2", newKey()), "k2");

        assertThat(rotated.open(sealed, "body")).isEqualTo("Written last year");
        assertThat(rotated.seal("New", "body").keyId()).isEqualTo("k2");
    }

    @Test
    void aWrongKeyFailsLoudlyInsteadOfShowingGarbage() {
        MessageCipher.Sealed sealed = new MessageCipher(Map.of("k1", newKey()), "k1").seal("Private", "body");
        MessageCipher wrong = new MessageCipher(Map.of("k1", newKey()), "k1");

        assertThatThrownBy(() -> wrong.open(sealed, "body")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open this message");
        assertThatThrownBy(() -> new MessageCipher(Map.of("k2", newKey()), "k2").open(sealed, "body"))
                .hasMessageContaining("'k1' is not configured");
    }
}
