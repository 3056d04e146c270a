package uk.nhs.best.messaging.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts what patients and staff write with AES-256-GCM: a fresh random 96-bit IV per text,
 * stored in front of the ciphertext, and the id of the key beside it so that keys can be
 * rotated (old texts stay readable while their key is configured).
 */
final class MessageCipher {

    static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** What was stored: the key's id and IV + ciphertext + tag. */
    record Sealed(String keyId, byte[] data) {
    }

    private final Map<String, SecretKey> keys;
    private final String currentKeyId;
    private final SecureRandom random = new SecureRandom();

    MessageCipher(Map<String, SecretKey> keys, String currentKeyId) {
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalStateException("best.messaging.current-key=" + currentKeyId
                    + " names no key in best.messaging.keys");
        }
        this.keys = Map.copyOf(keys);
        this.currentKeyId = currentKeyId;
    }

    /** {@code purpose} is bound into the tag, so a subject can't be passed off as a body or vice versa. */
    Sealed seal(String text, String purpose) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), iv, purpose);
            byte[] encrypted = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return new Sealed(currentKeyId, ByteBuffer.allocate(IV_BYTES + encrypted.length).put(iv).put(encrypted)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a message", e);
        }
    }

    /** Fails loudly on an unknown key or a tag mismatch (wrong key, changed data): never garbage. */
    String open(Sealed sealed, String purpose) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("Message key '" + sealed.keyId() + "' is not configured "
                    + "(best.messaging.keys." + sealed.keyId() + "): the message cannot be read");
        }
        byte[] data = sealed.data();
        byte[] iv = Arrays.copyOf(data, IV_BYTES);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, iv, purpose);
            return new String(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("Message key '" + sealed.keyId() + "' does not open this message: "
                    + "the key is wrong or the stored data was changed", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not decrypt a message", e);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] iv, String purpose) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
