package org.sealdesk.connector.local;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks the SealDesk server's tickets for privileged operations (unlock, initialise). A ticket is
 * {@code base64url(payload).base64url(signature)}: the payload is JSON {@code {"serial", "operation",
 * "expires" (epoch seconds), "nonce"}}, signed SHA256withECDSA with the server's key. A ticket works
 * once, for that token and operation, until it expires.
 */
public final class Tickets {

    public static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    private final PublicKey serverKey;
    private final Clock clock;
    /** Nonces used, until their ticket expires. */
    private final Map<String, Instant> used = new LinkedHashMap<>();

    public Tickets(PublicKey serverKey, Clock clock) {
        this.serverKey = serverKey;
        this.clock = clock;
    }

    /** @throws ConnectorException TICKET_INVALID, TICKET_EXPIRED, TICKET_REPLAYED or TICKET_MISMATCH */
    public synchronized void redeem(String ticket, String serial, String operation) {
        if (ticket == null || ticket.isBlank()) {
            throw new ConnectorException(ConnectorError.TICKET_INVALID, "no ticket");
        }
        String[] parts = ticket.strip().split("\\.");
        JsonObject payload;
        try {
            if (parts.length != 2 || !signatureHolds(parts[0], Base64.getUrlDecoder().decode(parts[1]))) {
                throw new ConnectorException(ConnectorError.TICKET_INVALID, "the ticket's signature does not hold");
            }
            payload = Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(parts[0]),
                    StandardCharsets.UTF_8))).readObject();
        } catch (IllegalArgumentException | JsonException | GeneralSecurityException e) {
            throw new ConnectorException(ConnectorError.TICKET_INVALID, "the ticket is malformed");
        }
        Instant now = clock.instant();
        Instant expires;
        String nonce;
        try {
            if (!serial.equals(payload.getString("serial")) || !operation.equals(payload.getString("operation"))) {
                throw new ConnectorException(ConnectorError.TICKET_MISMATCH, "the ticket is for another token or operation");
            }
            expires = Instant.ofEpochSecond(payload.getJsonNumber("expires").longValueExact());
            nonce = payload.getString("nonce");
        } catch (NullPointerException | ClassCastException | ArithmeticException e) {
            throw new ConnectorException(ConnectorError.TICKET_INVALID, "the ticket lacks a field");
        }
        if (!now.isBefore(expires)) {
            throw new ConnectorException(ConnectorError.TICKET_EXPIRED, "the ticket expired at " + expires);
        }
        forgetExpired(now);
        if (used.putIfAbsent(nonce, expires) != null) {
            throw new ConnectorException(ConnectorError.TICKET_REPLAYED, "the ticket was already used");
        }
    }

    private boolean signatureHolds(String payload, byte[] signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM);
        verifier.initVerify(serverKey);
        verifier.update(payload.getBytes(StandardCharsets.US_ASCII));
        return verifier.verify(signature);
    }

    private void forgetExpired(Instant now) {
        for (Iterator<Instant> expiries = used.values().iterator(); expiries.hasNext();) {
            if (!now.isBefore(expiries.next())) {
                expiries.remove();
            }
        }
    }
}
