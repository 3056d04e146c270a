package uk.nhs.best.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class MessageKeysTest {

    @Test
    void anExternalDatabaseWithoutAKeyStopsTheStart() {
        MockEnvironment production = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mariadb://db/best");

        assertThatThrownBy(() -> new MessageKeys().messageCipher(production)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("No message encryption key: with an external database set best.messaging.keys");
    }

    @Test
    void configuredKeysAreUsedWithTheCurrentOneForNewMessages() {
        String key1 = Base64.getEncoder().encodeToString(new byte[32]);
        String key2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mariadb://db/best")
                .withProperty("best.messaging.keys.k1", key1).withProperty("best.messaging.keys.k2", key2)
                .withProperty("best.messaging.current-key", "k2");

        MessageCipher cipher = new MessageKeys().messageCipher(environment);

        assertThat(cipher.seal("Hello", "body").keyId()).isEqualTo("k2");
        assertThatThrownBy(() -> new MessageKeys().messageCipher(new MockEnvironment()
                .withProperty("best.messaging.keys.k1", "c2hvcnQ="))).hasMessageContaining("must be 32 bytes");
    }

    @Test
    void theEmbeddedDatabaseKeepsALocalKeyBesideItsDataAndReusesIt(@TempDir Path home) throws Exception {
        MockEnvironment embedded = new MockEnvironment()
                .withProperty("best.embedded-db.data-dir", home.resolve("mariadb").toString());

        MessageCipher.Sealed sealed = new MessageKeys().messageCipher(embedded).seal("Kept", "body");
        MessageCipher afterRestart = new MessageKeys().messageCipher(embedded);

        assertThat(Files.exists(home.resolve("messaging.key"))).isTrue();
        assertThat(afterRestart.open(sealed, "body")).isEqualTo("Kept");
    }

    @Test
    void everyContextOnTheThrowawayDatabaseSharesTheRunsKey() {
        MockEnvironment throwaway = new MockEnvironment().withProperty("best.embedded-db.throwaway", "true");

        MessageCipher.Sealed sealed = new MessageKeys().messageCipher(throwaway).seal("Shared", "body");

        assertThat(new MessageKeys().messageCipher(throwaway).open(sealed, "body")).isEqualTo("Shared");
    }
}
