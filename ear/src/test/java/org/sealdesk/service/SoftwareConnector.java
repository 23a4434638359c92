package org.sealdesk.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import org.sealdesk.production.ProductionService;
import org.sealdesk.production.TicketKey;
import org.sealdesk.token.Certificates;
import org.sealdesk.token.KeyAlgorithm;
import org.sealdesk.token.SealSlot;
import org.sealdesk.token.SoftwareTokens;
import org.sealdesk.token.Tickets;
import org.sealdesk.token.Tickets.Operation;
import org.sealdesk.token.Tickets.Secret;
import org.sealdesk.token.Token;

/** What connector.jar does with tickets, in-process: software ukeys, the connector's side of the tickets. */
final class SoftwareConnector implements AutoCloseable {

    private final ProductionService production;
    private final String origin;
    private final Path folder = Files.createTempDirectory("production-it");
    private final SoftwareTokens tokens = new SoftwareTokens(folder.resolve("tokens"));
    private final Tickets tickets;

    SoftwareConnector(ProductionService production, TicketKey ticketKey, String origin) throws Exception {
        this.production = production;
        this.origin = origin;
        PublicKey serverKey = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64
                .getMimeDecoder().decode(ticketKey.publicKeyPem().replaceAll("-----[A-Z ]+-----", ""))));
        tickets = new Tickets(serverKey, Clock.systemUTC(), folder.resolve("used-nonces"));
    }

    /** Produces the approved order {@code number} on a new software ukey, start to finish: "personal", or "unit" and "legal-rep". */
    void produce(String number, String blankSerial, String... slots) throws Exception {
        ProductionService.Started started = production.start(number);
        Token ukey = initialise(number, started, blankSerial);
        List<ProductionService.Written> written = new ArrayList<>();
        for (String slot : slots) {
            written.add(write(number, started, ukey, slot, makeSeal(number, started, ukey, slot)));
        }
        production.complete(number, started.attempt(), origin, written);
    }

    byte[] exchangeKey() {
        return tickets.newExchangeKey().getEncoded();
    }

    Token initialise(String number, ProductionService.Started started, String blankSerial) {
        Token blank = tokens.addBlank(blankSerial);
        Tickets.Redeemed ticket = tickets.redeem(production.ticket(number, started.attempt(), "INITIALISE", null,
                exchangeKey()), Operation.INITIALISE, blank.info(), null);
        var initialised = blank.initialise(started.label(), ticket.secret(Secret.SO_PIN),
                ticket.secret(Secret.USER_PIN));
        production.initialised(number, started.attempt(), initialised.serial(), initialised.model());
        return blank;
    }

    ProductionService.Made makeSeal(String number, ProductionService.Started started, Token ukey, String slot) {
        SealSlot sealSlot = SealSlot.ofPathName(slot);
        char[] pin = redeem(number, started, ukey, Operation.KEY_PAIR, sealSlot).secret(Secret.USER_PIN);
        byte[] request = ukey.generateKeyPair(pin, sealSlot, KeyAlgorithm.valueOf(
                started.algorithm()), "CN=" + started.label());
        return production.issue(number, started.attempt(), slot, request);
    }

    ProductionService.Written write(String number, ProductionService.Started started, Token ukey, String slot,
            ProductionService.Made made) throws Exception {
        SealSlot sealSlot = SealSlot.ofPathName(slot);
        char[] pin = redeem(number, started, ukey, Operation.CERTIFICATE, sealSlot).secret(Secret.USER_PIN);
        ukey.writeCertificate(pin, sealSlot, Certificates.parse(
                Base64.getDecoder().decode(made.certificate())));
        Tickets.Redeemed sealTicket = redeem(number, started, ukey, Operation.SEAL, sealSlot);
        ukey.writeSeal(pin, sealSlot, Base64.getDecoder().decode(made.seal()));
        byte[] proof = ukey.sign(pin, sealSlot, Tickets.challenge(origin, sealTicket.ticket().nonce()));
        Base64.Encoder base64 = Base64.getEncoder();
        return new ProductionService.Written(slot, base64.encodeToString(proof),
                base64.encodeToString(Certificates.der(ukey.readCertificate(sealSlot)
                        .orElseThrow())), base64.encodeToString(ukey.readSeal(sealSlot).orElseThrow()));
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
