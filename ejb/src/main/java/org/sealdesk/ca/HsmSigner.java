package org.sealdesk.ca;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.sealdesk.token.HsmKeys;

/** What BouncyCastle's builders sign with when the CA key is on the HSM: the content collected, then signed there. */
final class HsmSigner implements ContentSigner {

    private final AlgorithmIdentifier algorithm;
    private final HsmKeys.Key key;
    private final ByteArrayOutputStream content = new ByteArrayOutputStream();

    HsmSigner(AlgorithmIdentifier algorithm, HsmKeys.Key key) {
        this.algorithm = algorithm;
        this.key = key;
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return algorithm;
    }

    @Override
    public OutputStream getOutputStream() {
        return content;
    }

    @Override
    public byte[] getSignature() {
        return key.signSha256WithRsa(content.toByteArray());
    }
}
