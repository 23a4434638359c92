package org.sealdesk.production;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.sealdesk.token.BouncyCastle;
import org.sealdesk.token.Certificates;

/** Whether a connector's proof is the certified key's signature over a challenge, as the token signs. */
public final class ProofCheck {

    private ProofCheck() {
    }

    public static boolean holds(byte[] certificateDer, byte[] challenge, byte[] signature) {
        try {
            X509Certificate certificate = Certificates.parse(certificateDer);
            Signature verifier = Signature.getInstance(algorithm(certificate), BouncyCastle.PROVIDER);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static String algorithm(X509Certificate certificate) {
        if (certificate.getPublicKey() instanceof RSAPublicKey) {
            return "SHA256withRSA";
        }
        Object curve = SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded()).getAlgorithm()
                .getParameters();
        return GMObjectIdentifiers.sm2p256v1.equals(curve) ? "SM3withSM2" : "SHA256withECDSA";
    }
}
