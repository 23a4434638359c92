package org.sealdesk.production;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealdesk.crypto.Pem;
import org.sealdesk.token.SealSlot;
import org.sealdesk.token.Tickets;
import org.sealdesk.token.TokenInfo;

/** The configured ticket key: its public half derived from the private key alone, and accepted by the connector. */
class TicketKeyTest {

    @TempDir
    Path folder;

    @Test
    void aConfiguredKeyIsLoadedAndItsTicketsAreRedeemedWithThePublishedPublicKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        Path file = folder.resolve("ticket.pem");
        Files.writeString(file, Pem.encode("PRIVATE KEY", pair.getPrivate().getEncoded()));
        TicketKey key = new TicketKey();
        key.keyFile = Optional.of(file.toString());
        key.load();

        assertArrayEquals(pair.getPublic().getEncoded(), key.publicKey().getEncoded());
        assertTrue(key.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
        Tickets connector = new Tickets(key.publicKey(), Clock.systemUTC(), folder.resolve("used"));
        String ticket = Tickets.issue(key.privateKey(), Tickets.Ticket.of("SD1", 1, Tickets.Operation.KEY_PAIR, "U1",
                SealSlot.PERSONAL, Instant.now()));
        connector.redeem(ticket, Tickets.Operation.KEY_PAIR, new TokenInfo("U1", "SD1", "m", "x", true, null),
                SealSlot.PERSONAL);
    }
}
