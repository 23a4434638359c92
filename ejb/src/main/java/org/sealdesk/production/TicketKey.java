package org.sealdesk.production;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Optional;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.math.ec.ECPoint;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.crypto.Pem;
import org.sealdesk.platform.DemoSecrets;
import org.sealdesk.platform.SealDeskMode;
import org.sealdesk.token.Tickets;

/**
 * The key that signs the connector's tickets (P-256): {@code sealdesk.ticket.key-file} (PKCS#8 PEM, e.g.
 * {@code openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256}), generated in demo mode. Its public half is
 * served at {@code /pki/ticket-key.pem} for the connector's {@code --ticket-key}.
 */
@ApplicationScoped
public class TicketKey {

    static final String KEY_FILE = "sealdesk.ticket.key-file";

    @Inject
    @ConfigProperty(name = KEY_FILE)
    Optional<String> keyFile;

    @Inject
    SealDeskMode mode;

    private PrivateKey privateKey;
    private PublicKey publicKey;

    @PostConstruct
    void load() {
        String pem;
        if (keyFile.isPresent()) {
            try {
                pem = Files.readString(Path.of(keyFile.get()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + KEY_FILE + " " + keyFile.get(), e);
            }
        } else if (mode.isDemo()) {
            pem = new String(DemoSecrets.readOrCreate("ticket-key.pem", TicketKey::newKey, KEY_FILE),
                    StandardCharsets.US_ASCII);
        } else {
            throw new IllegalStateException(KEY_FILE + " is not set: give a P-256 private key, PKCS#8 PEM");
        }
        privateKey = Pem.privateKey(pem, "EC");
        publicKey = publicHalf(privateKey);
    }

    private static byte[] newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return Pem.encode("PRIVATE KEY", generator.generateKeyPair().getPrivate().getEncoded())
                    .getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a P-256 key", e);
        }
    }

    /** Q = d·G on P-256, since a PKCS#8 file need not carry the public key. */
    private static PublicKey publicHalf(PrivateKey key) {
        try {
            ECPrivateKey ec = (ECPrivateKey) key;
            ECPoint q = ECNamedCurveTable.getByName("secp256r1").getG().multiply(ec.getS()).normalize();
            return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new java.security.spec.ECPoint(
                    q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger()), ec.getParams()));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("the ticket key is not a P-256 key", e);
        }
    }

    /** {@code ticket} signed, for a connector operation that carries no secrets. */
    public String issue(Tickets.Ticket ticket) {
        return Tickets.issue(privateKey, ticket);
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    PublicKey publicKey() {
        return publicKey;
    }

    /** The public key as the connector's {@code --ticket-key} takes it. */
    public String publicKeyPem() {
        return Pem.encode("PUBLIC KEY", publicKey.getEncoded());
    }
}
