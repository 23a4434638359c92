package org.sealdesk.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import org.sealdesk.service.clock.TestClock;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sealdesk.production.ProductionService;
import org.sealdesk.production.UkeyAttempts;
import org.sealdesk.production.TicketKey;
import org.sealdesk.rekey.RekeyService;
import org.sealdesk.staff.StaffRole;
import org.sealdesk.unlock.UnlockService;
import org.sealdesk.web.Caller;
import org.sealdesk.token.Certificates;
import org.sealdesk.token.KeyAlgorithm;
import org.sealdesk.token.SealSlot;
import org.sealdesk.token.SoftwareTokens;
import org.sealdesk.token.Tickets;
import org.sealdesk.token.Tickets.Operation;
import org.sealdesk.token.Tickets.Secret;
import org.sealdesk.token.Token;

/**
 * What connector.jar does with tickets, in-process: software ukeys, the connector's side of the tickets, on the
 * services' clock (a PC's clock moves with the server's).
 */
final class SoftwareConnector implements AutoCloseable {

    private final ProductionService production;
    private final String origin;
    private final Path folder = Files.createTempDirectory("production-it");
    private final SoftwareTokens tokens = new SoftwareTokens(folder.resolve("tokens"));
    private final Tickets tickets;
    private String userPin;

    SoftwareConnector(ProductionService production, TicketKey ticketKey, String origin) throws Exception {
        this.production = production;
        this.origin = origin;
        PublicKey serverKey = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64
                .getMimeDecoder().decode(ticketKey.publicKeyPem().replaceAll("-----[A-Z ]+-----", ""))));
        tickets = new Tickets(serverKey, new TestClock(), folder.resolve("used-nonces"));
    }

    /**
     * Produces the approved order {@code number} on a new software ukey, start to finish: "personal", or "unit" and
     * "legal-rep". @return the ukey, which stays plugged in until this connector closes
     */
    Token produce(String number, String blankSerial, String... slots) throws Exception {
        ProductionService.Started started = production.start(number);
        Token ukey = initialise(number, started, blankSerial);
        List<UkeyAttempts.Written> written = new ArrayList<>();
        for (String slot : slots) {
            written.add(write(number, started, ukey, slot, makeSeal(number, started, ukey, slot)));
        }
        production.complete(number, started.attempt(), origin, written);
        return ukey;
    }

    /** {@link #produce} as a producer would; then the applicant {@code applicant} is signed in again. */
    Token producedFor(long applicant, String number, String blankSerial, String... slots) throws Exception {
        Callers.signIn(Caller.staff("producer-it", Set.of(StaffRole.PRODUCER)));
        try {
            return produce(number, blankSerial, slots);
        } finally {
            Callers.signIn(Caller.applicant(applicant));
        }
    }

    /** The user PIN the production's tickets gave the ukey (what the shipping SMS tells its holder). */
    String userPin() {
        return userPin;
    }

    /** A software ukey that is not the holder's: a key of its own in {@code slot}, under the same PIN. */
    Token otherUkey(String serial, char[] pin, SealSlot slot) {
        Token other = tokens.addBlank(serial);
        other.initialise("other", "87654321".toCharArray(), pin);
        other.generateKeyPair(pin, slot, KeyAlgorithm.RSA_2048, "CN=other");
        return other;
    }

    /**
     * What the holder's order page does to rekey {@code ukey} (renewal, change) with the PIN typed: each current key signs its challenge
     * ({@code signer} signs instead, to play another ukey), then per seal a new key pair beside the old, the certificate
     * and seal written and read back. Without {@code signer}, the attempt is completed.
     */
    void rekey(RekeyService rekeying, String number, Token ukey, char[] pin, Token signer) throws Exception {
        RekeyService.Started started = rekeying.start(number);
        Map<String, String> signatures = new HashMap<>();
        for (RekeyService.Slot slot : started.slots()) {
            SealSlot sealSlot = SealSlot.ofPathName(slot.slot());
            Tickets.Redeemed ticket = tickets.redeem(rekeying.ticket(number, started.attempt(), "CHALLENGE",
                    slot.slot()), Operation.CHALLENGE, ukey.info(), sealSlot);
            Token presenting = signer == null ? ukey : signer;
            signatures.put(slot.slot(), Base64.getEncoder().encodeToString(presenting.sign(pin, sealSlot,
                    Tickets.challenge(origin, ticket.ticket().nonce()))));
        }
        rekeying.present(number, started.attempt(), origin, signatures);
        List<UkeyAttempts.Written> written = new ArrayList<>();
        for (RekeyService.Slot slot : started.slots()) {
            SealSlot sealSlot = SealSlot.ofPathName(slot.slot());
            tickets.redeem(rekeying.ticket(number, started.attempt(), "KEY_PAIR", slot.slot()), Operation.KEY_PAIR,
                    ukey.info(), sealSlot);
            UkeyAttempts.Made made = rekeying.issue(number, started.attempt(), slot.slot(), ukey.generateKeyPair(pin,
                    sealSlot, KeyAlgorithm.valueOf(slot.algorithm()), "CN=rekey"));
            tickets.redeem(rekeying.ticket(number, started.attempt(), "CERTIFICATE", slot.slot()),
                    Operation.CERTIFICATE, ukey.info(), sealSlot);
            ukey.writeCertificate(pin, sealSlot, Certificates.parse(Base64.getDecoder().decode(made.certificate())));
            Tickets.Redeemed sealTicket = tickets.redeem(rekeying.ticket(number, started.attempt(), "SEAL",
                    slot.slot()), Operation.SEAL, ukey.info(), sealSlot);
            ukey.writeSeal(pin, sealSlot, Base64.getDecoder().decode(made.seal()));
            written.add(readBack(ukey, sealSlot, ukey.sign(pin, sealSlot,
                    Tickets.challenge(origin, sealTicket.ticket().nonce()))));
        }
        rekeying.complete(number, started.attempt(), origin, written);
    }

    byte[] exchangeKey() {
        return tickets.newExchangeKey().getEncoded();
    }

    Token initialise(String number, ProductionService.Started started, String blankSerial) {
        Token blank = tokens.addBlank(blankSerial);
        Tickets.Redeemed ticket = tickets.redeem(production.ticket(number, started.attempt(), "INITIALISE", null,
                exchangeKey()), Operation.INITIALISE, blank.info(), null);
        userPin = new String(ticket.secret(Secret.USER_PIN));
        var initialised = blank.initialise(started.label(), ticket.secret(Secret.SO_PIN),
                ticket.secret(Secret.USER_PIN));
        production.initialised(number, started.attempt(), initialised.serial(), initialised.model());
        return blank;
    }

    UkeyAttempts.Made makeSeal(String number, ProductionService.Started started, Token ukey, String slot) {
        SealSlot sealSlot = SealSlot.ofPathName(slot);
        char[] pin = redeem(number, started, ukey, Operation.KEY_PAIR, sealSlot).secret(Secret.USER_PIN);
        byte[] request = ukey.generateKeyPair(pin, sealSlot, KeyAlgorithm.valueOf(
                started.algorithm()), "CN=" + started.label());
        return production.issue(number, started.attempt(), slot, request);
    }

    UkeyAttempts.Written write(String number, ProductionService.Started started, Token ukey, String slot,
            UkeyAttempts.Made made) throws Exception {
        SealSlot sealSlot = SealSlot.ofPathName(slot);
        char[] pin = redeem(number, started, ukey, Operation.CERTIFICATE, sealSlot).secret(Secret.USER_PIN);
        ukey.writeCertificate(pin, sealSlot, Certificates.parse(
                Base64.getDecoder().decode(made.certificate())));
        Tickets.Redeemed sealTicket = redeem(number, started, ukey, Operation.SEAL, sealSlot);
        ukey.writeSeal(pin, sealSlot, Base64.getDecoder().decode(made.seal()));
        return readBack(ukey, sealSlot, ukey.sign(pin, sealSlot, Tickets.challenge(origin,
                sealTicket.ticket().nonce())));
    }

    /**
     * What the holder's unlock page does with {@code ukey}: the connector redeems the server's UNLOCK ticket (SO PIN
     * and new SO PIN inside), unlocks, and signs the ticket's challenge with each seal's key for the server.
     *
     * @param answered whether the connector's answer reaches the server (a page closed at the wrong moment: not)
     * @return the ticket, used
     */
    String unlock(UnlockService unlocking, String number, Token ukey, boolean answered) {
        UnlockService.Started started = unlocking.start(number);
        String ticket = unlocking.ticket(number, started.attempt(), exchangeKey());
        Tickets.Redeemed redeemed = tickets.redeem(ticket, Operation.UNLOCK, ukey.info(), null);
        ukey.unlock(redeemed.secret(Secret.SO_PIN), redeemed.secret(Secret.NEW_SO_PIN));
        Map<String, String> proofs = new HashMap<>();
        ukey.certificates().keySet().forEach(slot -> proofs.put(slot.pathName(), Base64.getEncoder().encodeToString(
                ukey.sign(Token.DEFAULT_USER_PIN.toCharArray(), slot, Tickets.challenge(origin,
                        redeemed.ticket().nonce())))));
        if (answered) {
            unlocking.complete(number, started.attempt(), origin, proofs);
        }
        return ticket;
    }

    /** The connector's side redeeming {@code ticket} again, as a replaying page would. */
    void redeemAgain(String ticket, Token ukey) {
        tickets.redeem(ticket, Operation.UNLOCK, ukey.info(), null);
    }

    private static UkeyAttempts.Written readBack(Token ukey, SealSlot slot, byte[] proof) throws Exception {
        Base64.Encoder base64 = Base64.getEncoder();
        return new UkeyAttempts.Written(slot.pathName(), base64.encodeToString(proof),
                base64.encodeToString(Certificates.der(ukey.readCertificate(slot).orElseThrow())),
                base64.encodeToString(ukey.readSeal(slot).orElseThrow()));
    }

    private Tickets.Redeemed redeem(String number, ProductionService.Started started, Token ukey,
            Operation operation, SealSlot slot) {
        return tickets.redeem(production.ticket(number, started.attempt(), operation.name(), slot.pathName(),
                exchangeKey()), operation, ukey.info(), slot);
    }

    @Override
    public void close() {
        tokens.close();
    }
}
