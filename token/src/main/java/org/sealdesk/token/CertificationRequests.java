package org.sealdesk.token;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.pkcs.PKCS10CertificationRequestBuilder;

/** PKCS#10 requests, whoever holds the private key. */
final class CertificationRequests {

    /** A signature by the private key, encoded as X.509 wants it. */
    interface Signing {
        byte[] sign(byte[] content);
    }

    private CertificationRequests() {
    }

    static byte[] build(String subjectDn, SubjectPublicKeyInfo publicKey, Signing signing, KeyAlgorithm algorithm) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        ContentSigner signer = new ContentSigner() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return new DefaultSignatureAlgorithmIdentifierFinder().find(algorithm.signatureAlgorithm());
            }

            @Override
            public OutputStream getOutputStream() {
                return content;
            }

            @Override
            public byte[] getSignature() {
                return signing.sign(content.toByteArray());
            }
        };
        try {
            return new PKCS10CertificationRequestBuilder(new X500Name(subjectDn), publicKey).build(signer).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException badName) {
            throw new IllegalArgumentException("not a distinguished name: " + subjectDn, badName);
        }
    }
}
