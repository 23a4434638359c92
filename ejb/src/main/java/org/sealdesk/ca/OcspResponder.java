package org.sealdesk.ca;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.sealdesk.certificate.CertificateStatus;
import org.sealdesk.certificate.Certificates;
import org.sealdesk.token.BouncyCastle;

/**
 * The OCSP responder (RFC 6960) of both issuing CAs: each answer is signed by that CA's delegated responder, from
 * the database as it is now (a revocation shows at once, on every server). good, revoked (time and reason; a
 * certificate on hold is revoked with certificateHold) or unknown per certificate; the nonce echoed; a request it
 * cannot read gets malformedRequest, one about another CA's certificates unauthorized, a failure here internalError
 * — never an exception.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OcspResponder {

    /** Enough for any relying party's batch; more is refused as malformed rather than worked through. */
    public static final int MAX_CERTIFICATES = 20;
    private static final Logger LOG = Logger.getLogger(OcspResponder.class.getName());
    private static final DigestCalculatorProvider DIGESTS = digests();

    @Inject
    CertificateAuthority ca;

    @Inject
    Certificates certificates;

    @Inject
    Clock clock;

    @Inject
    ReusableOcspAnswers reusable;

    /** The DER OCSPResponse to the DER OCSPRequest {@code request}. */
    public byte[] respond(byte[] request) {
        OCSPReq parsed;
        try {
            parsed = new OCSPReq(request);
        } catch (IOException | RuntimeException e) {
            return status(OCSPRespBuilder.MALFORMED_REQUEST);
        }
        Req[] items = parsed.getRequestList();
        if (items.length == 0 || items.length > MAX_CERTIFICATES) {
            return status(OCSPRespBuilder.MALFORMED_REQUEST);
        }
        try {
            Optional<CaFamily> family = issuerFamily(items[0].getCertID());
            if (family.isEmpty()) {
                return status(OCSPRespBuilder.UNAUTHORIZED);
            }
            return answer(family.get(), parsed, items);
        } catch (OCSPException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "OCSP: cannot answer a request", e);
            return status(OCSPRespBuilder.INTERNAL_ERROR);
        }
    }

    /** A response with no answer in it, only {@code status}: malformedRequest, unauthorized, internalError. */
    public static byte[] status(int status) {
        try {
            return new OCSPRespBuilder().build(status, null).getEncoded();
        } catch (OCSPException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] answer(CaFamily family, OCSPReq request, Req[] items) throws OCSPException, IOException {
        X509CertificateHolder issuer = ca.issuing(family).certificate();
        List<Optional<Certificates.Status>> recorded = new ArrayList<>();
        for (Req item : items) {
            recorded.add(recorded(family, issuer, item.getCertID()));
        }
        Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        Instant now = clock.instant();
        if (nonce == null && items.length == 1) {
            return reusable.answer(items[0].getCertID().toASN1Primitive().getEncoded(), recorded.get(0), now,
                    () -> sign(family, items, recorded, null, now));
        }
        return sign(family, items, recorded, nonce, now);
    }

    private byte[] sign(CaFamily family, Req[] items, List<Optional<Certificates.Status>> recorded, Extension nonce,
            Instant now) {
        try {
            CaKey responder = ca.ocspResponder(family);
            BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(responder.certificate()
                    .getSubjectPublicKeyInfo(), DIGESTS.get(CertificateID.HASH_SHA1)));
            Date at = Date.from(now);
            for (int i = 0; i < items.length; i++) {
                builder.addResponse(items[i].getCertID(), statusOf(recorded.get(i)), at, null, null);
            }
            if (nonce != null) {
                builder.setResponseExtensions(new Extensions(nonce));
            }
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, builder.build(family.signer(
                    responder.key()), new X509CertificateHolder[] {responder.certificate()}, at)).getEncoded();
        } catch (OCSPException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate's record; empty for one another CA issued or never recorded. */
    private Optional<Certificates.Status> recorded(CaFamily family, X509CertificateHolder issuer, CertificateID id)
            throws OCSPException {
        if (!id.matchesIssuer(issuer, DIGESTS)) {
            return Optional.empty();
        }
        return certificates.statusOf(family.alias(CaRole.ISSUING), id.getSerialNumber().toString(16));
    }

    /** GOOD is null in BouncyCastle's API; a certificate never handed out is unknown. */
    private static org.bouncycastle.cert.ocsp.CertificateStatus statusOf(Optional<Certificates.Status> recorded) {
        if (recorded.isEmpty() || recorded.get().status() == CertificateStatus.PENDING) {
            return new UnknownStatus();
        }
        Certificates.Status status = recorded.get();
        return status.status() == CertificateStatus.VALID ? org.bouncycastle.cert.ocsp.CertificateStatus.GOOD
                : new RevokedStatus(Date.from(status.since()), status.reasonCode());
    }

    private Optional<CaFamily> issuerFamily(CertificateID id) throws OCSPException {
        for (CaFamily family : CaFamily.values()) {
            if (id.matchesIssuer(ca.issuing(family).certificate(), DIGESTS)) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }

    private static DigestCalculatorProvider digests() {
        try {
            return new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }
}
