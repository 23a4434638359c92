package org.sealdesk.ca;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.sealdesk.certificate.CertificateStatus;
import org.sealdesk.certificate.Certificates;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.seal.SesSeal;
import org.sealdesk.token.BouncyCastle;

/**
 * 验证 (public): what a certificate, a GB/T 38540 seal file or a signed (stamped) PDF says, whether our CA made it,
 * and where it stands now in our own records. Nothing is stored; the file is read and forgotten.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Verification {

    /** What the file is. */
    public enum Kind { CERTIFICATE, SEAL, PDF }

    /**
     * Where the certificate stands: as OCSP would say; one of our own CA certificates (published under /pki); the
     * platform's own (which signs its invoices); or not ours at all (or altered).
     */
    public enum Standing { VALID, ON_HOLD, REVOKED, UNKNOWN, OUR_CA, PLATFORM, NOT_OURS }

    /**
     * The outcome. For a seal, {@code sealSignatureHolds} says whether the maker's signature over it holds (false
     * once anything in it was changed), and the certificate fields are those of the certificate it lists.
     */
    public record Verified(Kind kind, String subject, String issuer, String serial, Instant notBefore,
            Instant notAfter, Standing standing, Integer reasonCode, Instant since, String sealName, String esId,
            Boolean sealSignatureHolds, List<PdfSignature> pdfSignatures) {
    }

    /**
     * One signature of a PDF: who signed (the signer's certificate as {@link #verify} tells a certificate), when the
     * signature says, whether it holds over the bytes it covers, and whether those are the whole file (nothing was
     * added after it).
     */
    public record PdfSignature(Verified signer, Instant signedAt, boolean holds, boolean coversWholeFile) {
    }

    @Inject
    CertificateAuthority ca;

    @Inject
    Certificates certificates;

    /** @throws RuleViolation verify.unreadable when the file is no certificate, seal or signed PDF */
    public Verified verify(byte[] file) {
        Optional<X509CertificateHolder> certificate = certificate(file);
        if (certificate.isPresent()) {
            return ofCertificate(certificate.get(), null);
        }
        if (isPdf(file)) {
            return ofPdf(file);
        }
        SesSeal.Read seal;
        try {
            seal = SesSeal.read(file);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("verify.unreadable");
        }
        X509CertificateHolder listed = seal.content().certificates().isEmpty() ? null
                : certificate(seal.content().certificates().get(0)).orElse(null);
        if (listed == null) {
            throw new RuleViolation("verify.unreadable");
        }
        return ofCertificate(listed, seal);
    }

    private Verified ofCertificate(X509CertificateHolder certificate, SesSeal.Read seal) {
        boolean platform = certificate.equals(ca.platform().certificate());
        Optional<CaFamily> family = platform ? Optional.empty() : Arrays.stream(CaFamily.values())
                .filter(candidate -> signedBy(certificate, ca.issuing(candidate).certificate())).findFirst();
        Standing standing = platform ? Standing.PLATFORM : ourCa(certificate) ? Standing.OUR_CA : Standing.NOT_OURS;
        Integer reason = null;
        Instant since = null;
        if (family.isPresent()) {
            Optional<Certificates.Status> status = certificates.statusOf(family.get().alias(CaRole.ISSUING),
                    certificate.getSerialNumber().toString(16));
            standing = status.map(found -> switch (found.status()) {
                case VALID -> Standing.VALID;
                case ON_HOLD -> Standing.ON_HOLD;
                case REVOKED -> Standing.REVOKED;
                case PENDING -> Standing.UNKNOWN;
            }).orElse(Standing.UNKNOWN);
            if (status.isPresent() && (status.get().status() == CertificateStatus.REVOKED
                    || status.get().status() == CertificateStatus.ON_HOLD)) {
                reason = status.get().reasonCode();
                since = status.get().since();
            }
        }
        return new Verified(seal == null ? Kind.CERTIFICATE : Kind.SEAL, certificate.getSubject().toString(),
                certificate.getIssuer().toString(), certificate.getSerialNumber().toString(16),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), standing, reason, since,
                seal == null ? null : seal.content().name(), seal == null ? null : seal.content().esId(),
                seal == null ? null : makerSignatureHolds(seal), null);
    }

    /** Each signature of the PDF; the first one's signer stands for the file in the answer's certificate fields. */
    private Verified ofPdf(byte[] file) {
        List<PdfSignature> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(file)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                found.add(pdfSignature(signature, file));
            }
        } catch (IOException | RuntimeException unreadable) {
            throw new RuleViolation("verify.unreadable");
        }
        if (found.isEmpty() || found.get(0).signer() == null) {
            throw new RuleViolation("verify.unsigned");
        }
        Verified first = found.get(0).signer();
        return new Verified(Kind.PDF, first.subject(), first.issuer(), first.serial(), first.notBefore(),
                first.notAfter(), first.standing(), first.reasonCode(), first.since(), null, null, null,
                List.copyOf(found));
    }

    private PdfSignature pdfSignature(PDSignature signature, byte[] file) throws IOException {
        Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        int[] range = signature.getByteRange();
        boolean whole = range != null && range.length == 4 && (long) range[2] + range[3] == file.length;
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(file)),
                    ContentInfo.getInstance(firstObject(signature.getContents(file))));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder certificate = ((Collection<X509CertificateHolder>) cms.getCertificates()
                    .getMatches(signer.getSID())).iterator().next();
            boolean holds;
            try {
                holds = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.PROVIDER)
                        .build(certificate));
            } catch (CMSSignerDigestMismatchException changedSinceSigned) {
                holds = false;
            }
            return new PdfSignature(ofCertificate(certificate, null), signedAt, holds, whole);
        } catch (CMSException | OperatorCreationException | CertificateException | RuntimeException broken) {
            return new PdfSignature(null, signedAt, false, whole);
        }
    }

    /** The CMS structure without the zeros that pad the space the PDF kept for it. */
    private static ASN1Primitive firstObject(byte[] padded) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(padded)) {
            return in.readObject();
        }
    }

    private static boolean isPdf(byte[] file) {
        return file.length > 5 && new String(file, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    }

    private boolean ourCa(X509CertificateHolder certificate) {
        byte[] der = CertificateAuthority.encoded(certificate);
        return ca.published().stream().anyMatch(name -> Arrays.equals(der, ca.publishedCertificate(name).orElseThrow()));
    }

    /** The seal was made by one of our seal makers, and its signature over the seal holds. */
    private boolean makerSignatureHolds(SesSeal.Read seal) {
        for (CaFamily family : CaFamily.values()) {
            byte[] maker = CertificateAuthority.encoded(ca.sealMaker(family).certificate());
            if (Arrays.equals(maker, seal.makerCertificate())) {
                return verifies(ca.sealMaker(family).certificate(), seal.signatureAlgorithm(), seal.signedInfo(),
                        seal.signature());
            }
        }
        return false;
    }

    private static boolean signedBy(X509CertificateHolder certificate, X509CertificateHolder issuer) {
        try {
            return certificate.getIssuer().equals(issuer.getSubject()) && certificate.isSignatureValid(
                    new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.PROVIDER).build(issuer));
        } catch (Exception e) {
            return false; // an unreadable or unsupported signature is no signature of ours
        }
    }

    private static boolean verifies(X509CertificateHolder signer, String algorithmOid, byte[] content,
            byte[] signature) {
        try {
            ContentVerifier verifier = new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.PROVIDER)
                    .build(signer).get(new AlgorithmIdentifier(new ASN1ObjectIdentifier(algorithmOid)));
            try (OutputStream out = verifier.getOutputStream()) {
                out.write(content);
            }
            return verifier.verify(signature);
        } catch (OperatorCreationException | CertificateException | IOException | RuntimeException e) {
            return false;
        }
    }

    /** DER, or PEM as openssl writes it. */
    private static Optional<X509CertificateHolder> certificate(byte[] file) {
        byte[] der = file;
        String text = new String(file, StandardCharsets.US_ASCII);
        if (text.contains("-----BEGIN CERTIFICATE-----")) {
            try {
                der = Base64.getMimeDecoder().decode(text.replaceAll("(?s).*-----BEGIN CERTIFICATE-----", "")
                        .replaceAll("(?s)-----END CERTIFICATE-----.*", ""));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new X509CertificateHolder(der));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
