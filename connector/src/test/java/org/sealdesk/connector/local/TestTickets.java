package org.sealdesk.connector.local;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Stands in for the SealDesk server's ticket issuing: a test key pair signs tickets as the server will. */
final class TestTickets {

    final KeyPair server;

    TestTickets() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        server = generator.generateKeyPair();
    }

    String issue(String serial, String operation, Instant expires) throws GeneralSecurityException {
        return sign(server.getPrivate(), serial, operation, expires);
    }

    static String sign(PrivateKey key, String serial, String operation, Instant expires) throws GeneralSecurityException {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"serial\":\"" + serial
                + "\",\"operation\":\"" + operation + "\",\"expires\":" + expires.getEpochSecond() + ",\"nonce\":\""
                + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8));
        Signature signer = Signature.getInstance(Tickets.SIGNATURE_ALGORITHM);
        signer.initSign(key);
        signer.update(payload.getBytes(StandardCharsets.US_ASCII));
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
    }
}
