package org.sealdesk.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.pkcs.PKCS10CertificationRequestBuilder;

/** PKCS#10 requests, whoever holds the private key. */
final class CertificationRequests {

    private CertificationRequests() {
    }

    static byte[] build(String subjectDn, SubjectPublicKeyInfo publicKey, ContentSigner signer) {
        try {
            return new PKCS10CertificationRequestBuilder(new X500Name(subjectDn), publicKey).build(signer).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException badName) {
            throw new IllegalArgumentException("not a distinguished name: " + subjectDn, badName);
        }
    }
}
