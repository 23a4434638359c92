package org.sealdesk.ca;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.sealdesk.order.SealType;
import org.sealdesk.seal.PlatformSeal;
import org.sealdesk.seal.SealImages;
import org.sealdesk.seal.SesSeal;

/**
 * The platform's own seal (the seller's round seal, which stamps its invoices and PDFs): a GB/T 38540 seal carrying
 * the platform's organisation name and listing the platform's certificate, signed by the RSA seal maker. Made once
 * per platform certificate, by whichever server asks first, and kept.
 */
@Stateless
@PermitAll
public class PlatformSeals {

    private static final Logger LOG = Logger.getLogger(PlatformSeals.class.getName());

    @Inject
    CertificateAuthority ca;

    @Inject
    SealImages images;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @EJB
    PlatformSeals self;

    /** The platform's seal for its current certificate, made now if this is the first time. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PlatformSeal current() {
        String serial = ca.platform().certificate().getSerialNumber().toString(16);
        return find(serial).orElseGet(() -> {
            try {
                return self.make(serial);
            } catch (EJBException | PersistenceException e) {
                return find(serial).orElseThrow(() -> e); // another server made it meanwhile
            }
        });
    }

    /** The platform's seal (GB/T 38540, DER), as relying parties fetch it. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public byte[] structure() {
        return current().getStructureDer();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PlatformSeal make(String serial) {
        CaKey platform = ca.platform();
        X509CertificateHolder certificate = platform.certificate();
        String name = IETFUtils.valueToString(certificate.getSubject().getRDNs(BCStyle.O)[0].getFirst().getValue());
        byte[] png = images.draw(SealType.ENTERPRISE, name).png();
        int sizeMm = SealImages.sizeMm(SealType.ENTERPRISE);
        String esId = "SD-PLATFORM-" + serial.substring(0, Math.min(serial.length(), 28));
        CaKey maker = ca.sealMaker(platform.family());
        byte[] der = SesSeal.make(new SesSeal.Content(esId, SesSeal.Kind.UNIT, name,
                List.of(CertificateAuthority.encoded(certificate)), clock.instant(),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), png, sizeMm, sizeMm),
                CertificateAuthority.encoded(maker.certificate()), maker.family().signer(maker.key()));
        PlatformSeal seal = new PlatformSeal(esId, serial, name, png, der, clock.instant());
        em.persist(seal);
        em.flush();
        LOG.info(() -> "Platform seal " + esId + " made for " + name + " (certificate " + serial + ")");
        return seal;
    }

    private Optional<PlatformSeal> find(String serial) {
        return em.createNamedQuery("PlatformSeal.ofCertificate", PlatformSeal.class).setParameter("serial", serial)
                .getResultStream().findFirst();
    }
}
