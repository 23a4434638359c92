package org.sealdesk.replacement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sealdesk.common.RuleViolation;

/** ukey 更换: the former CA's certificate on the old ukey, and its key's signature over the server's challenge. */
class FormerCertificateCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    private static final byte[] CHALLENGE = "SealDesk challenge v1\nhttps://seal.example.cn\nn0nce"
            .getBytes(StandardCharsets.UTF_8);
    private static final String ENTERPRISE = "CN=深圳前海某某科技有限公司,O=深圳前海某某科技有限公司,OU=9144030071526726XG,C=CN";

    private static FormerCa former;
    private static KeyPair holder;
    private static FormerCertificateCheck.Trust trust;

    @BeforeAll
    static void formerCa() throws Exception {
        former = FormerCa.create("CN=深圳 CA 测试,O=测试用旧 CA,C=CN", NOW);
        holder = FormerCa.rsa();
        trust = new FormerCertificateCheck.Trust(List.of(former.certificate()), List.of());
    }

    @Test
    void aCertificateOfTheFormerCaWhoseKeySignedTheChallengeNamesItsHolder() throws Exception {
        X509Certificate certificate = valid(ENTERPRISE);

        FormerCertificate read = FormerCertificateCheck.check(trust, certificate.getEncoded(), NOW, CHALLENGE,
                sign(holder, CHALLENGE));

        assertEquals("深圳前海某某科技有限公司", read.commonName());
        assertEquals("深圳前海某某科技有限公司", read.organisation());
        assertEquals("9144030071526726XG", read.creditCode());
        assertEquals(certificate.getSerialNumber().toString(16).toUpperCase(), read.serial());
        assertEquals(former.certificate().getSubjectX500Principal().getName(), read.issuer());
        assertEquals(certificate.getNotAfter().toInstant(), read.notAfter());
        assertArrayEquals(certificate.getEncoded(), read.der());
        assertNull(FormerCertificateCheck.check(trust, valid("CN=张三,C=CN").getEncoded(), NOW, CHALLENGE,
                sign(holder, CHALLENGE)).creditCode(), "a person's certificate names no unit");
    }

    @Test
    void eachRefusalHasItsOwnReason() throws Exception {
        byte[] signature = sign(holder, CHALLENGE);
        FormerCa stranger = FormerCa.create("CN=深圳 CA 测试,O=测试用旧 CA,C=CN", NOW);
        assertRefused("replacement.unknownIssuer", trust, stranger.issue(ENTERPRISE, holder.getPublic(),
                NOW.minus(30, ChronoUnit.DAYS), NOW.plus(300, ChronoUnit.DAYS)).getEncoded(), signature,
                "same name, another key");
        assertRefused("replacement.expired", trust, former.issue(ENTERPRISE, holder.getPublic(),
                NOW.minus(400, ChronoUnit.DAYS), NOW.minus(1, ChronoUnit.DAYS)).getEncoded(), signature, "expired");
        assertRefused("replacement.notYetValid", trust, former.issue(ENTERPRISE, holder.getPublic(),
                NOW.plus(1, ChronoUnit.DAYS), NOW.plus(400, ChronoUnit.DAYS)).getEncoded(), signature, "not yet valid");
        X509Certificate revoked = valid(ENTERPRISE);
        assertRefused("replacement.revoked", new FormerCertificateCheck.Trust(trust.authorities(),
                List.of(former.revocationList(NOW, revoked))), revoked.getEncoded(), signature, "on the CRL");
        assertRefused("replacement.notProven", trust, valid(ENTERPRISE).getEncoded(), sign(FormerCa.rsa(), CHALLENGE),
                "another key signed");
        assertRefused("replacement.notProven", trust, valid(ENTERPRISE).getEncoded(),
                sign(holder, "another challenge".getBytes(StandardCharsets.UTF_8)), "another challenge signed");
        assertRefused("replacement.certificateUnreadable", trust, "not a certificate".getBytes(StandardCharsets.UTF_8),
                signature, "garbage");
    }

    @Test
    void aRevocationListNotSignedByTheIssuerIsNotBelieved() throws Exception {
        X509Certificate certificate = valid(ENTERPRISE);
        FormerCa impostor = FormerCa.create("CN=深圳 CA 测试,O=测试用旧 CA,C=CN", NOW);
        FormerCertificateCheck.Trust withForgedList = new FormerCertificateCheck.Trust(trust.authorities(),
                List.of(impostor.revocationList(NOW, certificate)));

        assertEquals("深圳前海某某科技有限公司", FormerCertificateCheck.check(withForgedList, certificate.getEncoded(), NOW,
                CHALLENGE, sign(holder, CHALLENGE)).commonName());
    }

    private static X509Certificate valid(String subject) throws Exception {
        return former.issue(subject, holder.getPublic(), NOW.minus(30, ChronoUnit.DAYS), NOW.plus(300, ChronoUnit.DAYS));
    }

    private static byte[] sign(KeyPair keys, byte[] message) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(keys.getPrivate());
        signature.update(message);
        return signature.sign();
    }

    private static void assertRefused(String reason, FormerCertificateCheck.Trust trust, byte[] certificate,
            byte[] signature, String why) {
        assertEquals(reason, assertThrows(RuleViolation.class, () -> FormerCertificateCheck.check(trust, certificate,
                NOW, CHALLENGE, signature), why).messageKey(), why);
    }
}
