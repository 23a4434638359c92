package org.sealdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.inject.spi.CDI;
import java.math.BigInteger;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.sealdesk.ca.CertificateAuthority;
import org.sealdesk.ca.OcspResponder;

/** The OCSP responder asked about an RSA certificate as a relying party asks it. */
final class Ocsp {

    private Ocsp() {
    }

    /** @return GOOD (null), a RevokedStatus or an UnknownStatus */
    static CertificateStatus statusOf(String serial) throws Exception {
        CertificateAuthority ca = CDI.current().select(CertificateAuthority.class).get();
        OCSPReq request = new OCSPReqBuilder().addRequest(new CertificateID(new JcaDigestCalculatorProviderBuilder()
                .build().get(CertificateID.HASH_SHA1), new X509CertificateHolder(ca.publishedCertificate(
                        "rsa-issuing").orElseThrow()), new BigInteger(serial, 16))).build();
        OCSPResp response = new OCSPResp(CDI.current().select(OcspResponder.class).get().respond(request.getEncoded()));
        assertEquals(OCSPResp.SUCCESSFUL, response.getStatus());
        return ((BasicOCSPResp) response.getResponseObject()).getResponses()[0].getCertStatus();
    }
}
