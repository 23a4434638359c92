package org.sealdesk.ca;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.CollectionStore;

/**
 * Signs PDFs the platform issues (sample invoices) as the seller: a PAdES baseline signature
 * ({@code ETSI.CAdES.detached}, an ESS signing-certificate-v2 attribute, no CMS signing time — the time is the
 * signature dictionary's) by the platform's RSA certificate, shown on the first page as the platform's seal image.
 */
@ApplicationScoped
public class PlatformPdfSigner {

    /** Where the seal shows on the first page, in points from its bottom-left corner. */
    public record Placement(float x, float y, float size) {
    }

    private static final int SIGNATURE_SPACE = 16_384;

    @Inject
    CertificateAuthority ca;

    @EJB
    PlatformSeals seals;

    @Inject
    Clock clock;

    public byte[] sign(byte[] pdf, String signerName, String reason, Placement placement) {
        byte[] sealImage = seals.current().getImagePng();
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setName(signerName);
            signature.setReason(reason);
            Calendar now = Calendar.getInstance(TimeZone.getTimeZone("Asia/Shanghai"));
            now.setTimeInMillis(clock.millis());
            signature.setSignDate(now);
            PDRectangle area = new PDRectangle(placement.x(), placement.y(), placement.size(), placement.size());
            try (SignatureOptions options = new SignatureOptions()) {
                options.setVisualSignature(appearance(document.getPage(0).getMediaBox(), area, sealImage));
                options.setPage(0);
                options.setPreferredSignatureSize(SIGNATURE_SPACE);
                document.addSignature(signature, options);
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                external.setSignature(cms(external.getContent().readAllBytes()));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign the PDF", e);
        }
    }

    /** A one-page template whose signature widget shows the seal image over {@code area}. */
    private static InputStream appearance(PDRectangle pageSize, PDRectangle area, byte[] png) throws IOException {
        try (PDDocument template = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            template.addPage(new PDPage(pageSize));
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            PDSignatureField field = new PDSignatureField(form);
            form.getFields().add(field);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(area);
            PDFormXObject xObject = new PDFormXObject(new PDStream(template));
            xObject.setResources(new PDResources());
            xObject.setFormType(1);
            xObject.setBBox(new PDRectangle(area.getWidth(), area.getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(xObject.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            try (PDPageContentStream content = new PDPageContentStream(template, stream)) {
                content.drawImage(PDImageXObject.createFromByteArray(template, png, "seal"), 0, 0, area.getWidth(),
                        area.getHeight());
            }
            template.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    /** The detached CMS over the signed byte ranges, with the certificate chain. */
    private byte[] cms(byte[] content) {
        CaKey platform = ca.platform();
        X509CertificateHolder certificate = platform.certificate();
        try {
            ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(certificate.getIssuer())),
                            certificate.getSerialNumber()));
            AttributeTable ess = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
            CMSAttributeTableGenerator signedAttributes = parameters ->
                    new DefaultSignedAttributeTableGenerator(ess).getAttributes(parameters).remove(CMSAttributes.signingTime);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                    .build()).setSignedAttributeGenerator(signedAttributes)
                    .build(platform.family().signer(platform.key()), certificate));
            List<X509CertificateHolder> chain = new ArrayList<>(List.of(certificate));
            for (String name : List.of("rsa-issuing", "rsa-root")) {
                ca.publishedCertificate(name).map(PlatformPdfSigner::holder).ifPresent(chain::add);
            }
            generator.addCertificates(new CollectionStore<>(chain));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("cannot sign the PDF as the platform", e);
        }
    }

    private static X509CertificateHolder holder(byte[] der) {
        try {
            return new X509CertificateHolder(der);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
