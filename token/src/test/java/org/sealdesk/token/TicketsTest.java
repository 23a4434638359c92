package org.sealdesk.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.sealdesk.token.TicketException.Reason;
import org.sealdesk.token.Tickets.Operation;
import org.sealdesk.token.Tickets.Secret;
import org.sealdesk.token.Tickets.Ticket;

/** Both sides of a ticket: issued with the server's key, redeemed by the connector. */
class TicketsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private static final TokenInfo UKEY = new TokenInfo("SD0001", "ukey", "SealDesk", "software token", true,
            new TokenInfo.PinState(6, false, false, false));
    private static final TokenInfo BLANK = new TokenInfo("F00042", "", "SealDesk", "software token", false,
            new TokenInfo.PinState(6, false, false, false));

    @TempDir
    Path directory;

    private final MovingClock clock = new MovingClock();
    private KeyPair server;
    private Tickets connector;

    @BeforeEach
    void keys() throws Exception {
        server = pair();
        connector = new Tickets(server.getPublic(), clock, directory.resolve("used-tickets"));
    }

    private static KeyPair pair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    private static Ticket ticket(Operation operation, String serial, SealSlot slot) {
        return Ticket.of("SD20261202000001", 1, operation, serial, slot, NOW);
    }

    @Test
    void aTicketWorksOnceForItsUkeySealAndOperation() {
        Ticket seal = ticket(Operation.SEAL, "SD0001", SealSlot.UNIT);
        String issued = Tickets.issue(server.getPrivate(), seal);
        refused(Reason.MISMATCH, () -> connector.redeem(issued, Operation.KEY_PAIR, UKEY, SealSlot.UNIT));
        refused(Reason.MISMATCH, () -> connector.redeem(issued, Operation.SEAL, UKEY, SealSlot.LEGAL_REP));
        refused(Reason.MISMATCH, () -> connector.redeem(issued, Operation.SEAL, BLANK, SealSlot.UNIT));

        Tickets.Redeemed redeemed = connector.redeem(issued, Operation.SEAL, UKEY, SealSlot.UNIT);
        assertEquals(seal, redeemed.ticket());
        assertTrue(redeemed.secrets().isEmpty());
        refused(Reason.REPLAYED, () -> connector.redeem(issued, Operation.SEAL, UKEY, SealSlot.UNIT));
        Tickets restarted = new Tickets(server.getPublic(), clock, directory.resolve("used-tickets"));
        refused(Reason.REPLAYED, () -> restarted.redeem(issued, Operation.SEAL, UKEY, SealSlot.UNIT),
                "used tickets survive a restart of the connector");
    }

    @Test
    void onlyTheServersSignatureWithinTwoMinutesCounts() throws Exception {
        Ticket unlock = ticket(Operation.UNLOCK, "SD0001", null);
        refused(Reason.INVALID, () -> connector.redeem(Tickets.issue(pair().getPrivate(), unlock), Operation.UNLOCK, UKEY,
                null));
        String issued = Tickets.issue(server.getPrivate(), unlock);
        String[] parts = issued.split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(Base64.getUrlDecoder()
                .decode(parts[0]), StandardCharsets.UTF_8).replace("SD0001", "SD0002").getBytes(StandardCharsets.UTF_8));
        refused(Reason.INVALID, () -> connector.redeem(otherPayload + "." + parts[1], Operation.UNLOCK, UKEY, null));
        refused(Reason.INVALID, () -> connector.redeem("", Operation.UNLOCK, UKEY, null));
        refused(Reason.INVALID, () -> connector.redeem(Tickets.issue(server.getPrivate(), new Ticket("SD1", 1,
                Operation.UNLOCK, "SD0001", null, NOW.plus(Duration.ofHours(1)), "n")), Operation.UNLOCK, UKEY, null),
                "a ticket living longer than two minutes");

        clock.now = NOW.plus(Tickets.LONGEST);
        refused(Reason.EXPIRED, () -> connector.redeem(issued, Operation.UNLOCK, UKEY, null));
    }

    @Test
    void aBlankUkeyIsInitialisedWithATicketNamingNoSerial() {
        String issued = Tickets.issue(server.getPrivate(), ticket(Operation.INITIALISE, null, null));
        refused(Reason.MISMATCH, () -> connector.redeem(issued, Operation.INITIALISE, UKEY, null),
                "not a ukey already in use");
        assertEquals(Operation.INITIALISE, connector.redeem(issued, Operation.INITIALISE, BLANK, null).ticket()
                .operation());
    }

    @Test
    void secretsAreReadableOnlyWithTheConnectorsOneTimeKey() throws Exception {
        Ticket unlock = ticket(Operation.UNLOCK, "SD0001", null);
        Map<Secret, String> pins = Map.of(Secret.SO_PIN, "87654321", Secret.NEW_SO_PIN, "24681357");
        PublicKey exchange = connector.newExchangeKey();
        String issued = Tickets.issue(server.getPrivate(), unlock, exchange, pins);
        String payload = new String(Base64.getUrlDecoder().decode(issued.split("\\.")[0]), StandardCharsets.UTF_8);
        assertFalse(payload.contains("87654321") || payload.contains("24681357"), payload);

        Tickets.Redeemed redeemed = connector.redeem(issued, Operation.UNLOCK, UKEY, null);
        assertArrayEquals("87654321".toCharArray(), redeemed.secret(Secret.SO_PIN));
        assertArrayEquals("24681357".toCharArray(), redeemed.secret(Secret.NEW_SO_PIN));
        refused(Reason.INVALID, () -> redeemed.secret(Secret.USER_PIN));

        String again = Tickets.issue(server.getPrivate(), ticket(Operation.UNLOCK, "SD0001", null), exchange, pins);
        refused(Reason.INVALID, () -> connector.redeem(again, Operation.UNLOCK, UKEY, null), "the exchange key was one-time");
        Tickets otherConnector = new Tickets(server.getPublic(), clock, directory.resolve("other"));
        String forOther = Tickets.issue(server.getPrivate(), ticket(Operation.UNLOCK, "SD0001", null),
                otherConnector.newExchangeKey(), pins);
        refused(Reason.INVALID, () -> connector.redeem(forOther, Operation.UNLOCK, UKEY, null));
    }

    @Test
    void theChallengeIsBuiltFromTheOriginAndTheNonceOnly() {
        assertEquals("SealDesk challenge v1\nhttps://seal.example.cn\nabc", new String(Tickets.challenge(
                "https://seal.example.cn", "abc"), StandardCharsets.UTF_8));
    }

    private static void refused(Reason reason, Executable redeem) {
        refused(reason, redeem, reason.name());
    }

    private static void refused(Reason reason, Executable redeem, String why) {
        assertEquals(reason, assertThrows(TicketException.class, redeem, why).reason(), why);
    }

    /** A clock the test sets. */
    private static final class MovingClock extends Clock {

        Instant now = NOW;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
