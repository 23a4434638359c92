package org.sealdesk.ca;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.token.BouncyCastle;

/**
 * What a PKCS#10 request must be before its key is certified: readable, signed by the key it carries (proof of
 * possession), and a key of RSA-2048 or more, P-256 or SM2. Its subject is ignored: certificates name whom the
 * order names. (That the key was never certified before is the issuance's check, against the database.)
 */
public final class CertificationRequestCheck {

    /** A key fit to certify, with the family that certifies it and its fingerprint. */
    public record CertifiableKey(SubjectPublicKeyInfo publicKey, CaFamily family, String algorithm, String sha256) {
    }

    private static final int SMALLEST_RSA = 2048;
    private static final int LARGEST_RSA = 4096;

    private CertificationRequestCheck() {
    }

    /** @throws RuleViolation certificate.csr.unreadable, .weakKey or .badSignature */
    public static CertifiableKey check(byte[] der) {
        PKCS10CertificationRequest request;
        try {
            request = new PKCS10CertificationRequest(der);
        } catch (Exception unreadable) {
            throw new RuleViolation("certificate.csr.unreadable");
        }
        SubjectPublicKeyInfo key = request.getSubjectPublicKeyInfo();
        CertifiableKey certifiable = certifiable(key);
        boolean signed;
        try {
            signed = request.isSignatureValid(new JcaContentVerifierProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER).build(key));
        } catch (OperatorCreationException | PKCSException | RuntimeException e) {
            signed = false;
        }
        if (!signed) {
            throw new RuleViolation("certificate.csr.badSignature");
        }
        return certifiable;
    }

    private static CertifiableKey certifiable(SubjectPublicKeyInfo key) {
        ASN1ObjectIdentifier type = key.getAlgorithm().getAlgorithm();
        if (PKCSObjectIdentifiers.rsaEncryption.equals(type)) {
            int bits = rsaBits(key);
            if (bits >= SMALLEST_RSA && bits <= LARGEST_RSA) {
                return new CertifiableKey(key, CaFamily.RSA, "RSA-" + bits, sha256(key));
            }
        } else if (X9ObjectIdentifiers.id_ecPublicKey.equals(type)) {
            Object curve = key.getAlgorithm().getParameters();
            if (SECObjectIdentifiers.secp256r1.equals(curve)) {
                return new CertifiableKey(key, CaFamily.RSA, "EC-P256", sha256(key));
            }
            if (GMObjectIdentifiers.sm2p256v1.equals(curve)) {
                return new CertifiableKey(key, CaFamily.SM2, "SM2", sha256(key));
            }
        }
        throw new RuleViolation("certificate.csr.weakKey");
    }

    private static int rsaBits(SubjectPublicKeyInfo key) {
        try {
            return RSAPublicKey.getInstance(key.parsePublicKey()).getModulus().bitLength();
        } catch (Exception unreadable) {
            throw new RuleViolation("certificate.csr.unreadable");
        }
    }

    private static String sha256(SubjectPublicKeyInfo key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot fingerprint a public key", e);
        }
    }
}
