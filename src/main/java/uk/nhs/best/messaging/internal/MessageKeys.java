package uk.nhs.best.messaging.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import uk.nhs.best.database.EmbeddedDatabaseProperties;

/**
 * Where the message keys come from: {@code best.messaging.keys.<id>=<base64 of 32 bytes>} and
 * {@code best.messaging.current-key=<id>}. With none configured and the embedded database in
 * use, a local key is made once and kept beside the database's data folder (a throw-away
 * database gets a key for as long as it lives: the JVM). With an external database and no key the portal refuses to
 * start: messages must never be written with a key nobody keeps.
 */
@Configuration(proxyBeanMethods = false)
class MessageKeys {

    private static final Logger log = LoggerFactory.getLogger(MessageKeys.class);
    static final String LOCAL_KEY_ID = "local";

    /**
     * One key per JVM, like the throw-away database itself, which every Spring context of the JVM
     * shares (test contexts): a key per context could not read another context's messages.
     */
    private static final class RunKey {
        static final byte[] KEY = newKey();
    }

    @Bean
    MessageCipher messageCipher(Environment environment) {
        Binder binder = Binder.get(environment);
        Map<String, String> configured = binder.bind("best.messaging.keys", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        if (!configured.isEmpty()) {
            Map<String, SecretKey> keys = new LinkedHashMap<>();
            configured.forEach((id, base64) -> keys.put(id, key(id, base64)));
            String current = environment.getProperty("best.messaging.current-key",
                    configured.size() == 1 ? configured.keySet().iterator().next() : "");
            return new MessageCipher(keys, current);
        }
        String url = environment.getProperty("spring.datasource.url");
        if (url != null && !url.isBlank()) {
            throw new IllegalStateException("No message encryption key: with an external database set "
                    + "best.messaging.keys.<id> (base64 of 32 random bytes, e.g. `openssl rand -base64 32`) and "
                    + "best.messaging.current-key=<id>, e.g. env BEST_MESSAGING_KEYS_K1 and BEST_MESSAGING_CURRENT_KEY=k1");
        }
        EmbeddedDatabaseProperties database = binder.bind("best.embedded-db", EmbeddedDatabaseProperties.class)
                .orElseGet(() -> new EmbeddedDatabaseProperties(null, false, null));
        byte[] key = database.throwaway() ? RunKey.KEY : localKey(database.dataDir().toAbsolutePath().getParent()
                .resolve("messaging.key"));
        return new MessageCipher(Map.of(LOCAL_KEY_ID, new SecretKeySpec(key, "AES")), LOCAL_KEY_ID);
    }

    private static byte[] localKey(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(file.toString(), Files.readString(file).strip());
            }
            byte[] key = newKey();
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                log.debug("Cannot restrict {} to its owner on this file system", file);
            }
            log.warn("Made a local message encryption key in {}: keep it with the embedded database's data, "
                    + "without it the stored messages cannot be read.", file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the local message key " + file, e);
        }
    }

    private static SecretKey key(String id, String base64) {
        return new SecretKeySpec(decode("best.messaging.keys." + id, base64), "AES");
    }

    private static byte[] decode(String where, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(where + " must be 32 bytes (256 bits), not " + key.length);
        }
        return key;
    }

    private static byte[] newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
