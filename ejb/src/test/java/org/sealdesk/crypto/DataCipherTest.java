package org.sealdesk.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class DataCipherTest {

    private final DataCipher cipher = new DataCipher(new byte[32]);

    @Test
    void roundTripsAndRandomisesTheNonce() {
        String sealed = cipher.encrypt("11010519491231002X", "account.id-card");
        assertEquals("11010519491231002X", cipher.decrypt(sealed, "account.id-card"));
        assertNotEquals(sealed, cipher.encrypt("11010519491231002X", "account.id-card"));
    }

    @Test
    void refusesAlteredDataOrAnotherContext() {
        String sealed = cipher.encrypt("11010519491231002X", "account.id-card");
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(Base64.getEncoder().encodeToString(bytes), "account.id-card"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(sealed, "document"));
        assertThrows(IllegalStateException.class, () -> new DataCipher(new byte[16 + 1]));
    }

    @Test
    void keyedHashesDifferByPurpose() {
        assertEquals(64, cipher.keyedHash("sms-code", "x").length());
        assertNotEquals(cipher.keyedHash("sms-code", "x"), cipher.keyedHash("other", "x"));
    }
}
