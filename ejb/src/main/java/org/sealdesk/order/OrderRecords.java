package org.sealdesk.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.crypto.DataCipher;
import org.sealdesk.document.DocumentRole;
import org.sealdesk.document.OrderDocument;
import org.sealdesk.partner.PartnerService;

/**
 * Reading an order's documents and views, for whichever service (applicant or reviewer) has
 * already decided the caller may see the order. Checks no permission itself.
 */
@ApplicationScoped
public class OrderRecords {

    static final String ID_CARD_CONTEXT = "order.legal-rep-id";
    static final String DOCUMENT_CONTEXT = "order.document";

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    PartnerService partners;

    public OrderView view(SealOrder order) {
        List<OrderDocument> documents = documentsOf(order);
        return OrderView.of(order, documents, order.missingForSubmission(rolesOf(documents)),
                order.getPartnerAppId() == null ? null : partners.nameOf(order.getPartnerAppId()));
    }

    public Set<DocumentRole> uploadedRoles(SealOrder order) {
        return rolesOf(documentsOf(order));
    }

    public Optional<OrderDocument> documentOf(SealOrder order, DocumentRole role) {
        return em.createNamedQuery("OrderDocument.byRole", OrderDocument.class).setParameter("orderId", order.getId())
                .setParameter("role", role).getResultStream().findFirst();
    }

    public StoredFile file(SealOrder order, DocumentRole role) {
        OrderDocument document = documentOf(order, role).orElseThrow(() -> new RuleViolation("order.notFound"));
        return new StoredFile(cipher.open(document.getContentCipher(), DOCUMENT_CONTEXT), document.getType(),
                document.getOriginalName());
    }

    public String encryptIdNumber(String idNumber) {
        return cipher.encrypt(idNumber, ID_CARD_CONTEXT);
    }

    public String decryptIdNumber(SealApplication application) {
        return application.getLegalRepIdCipher() == null ? null
                : cipher.decrypt(application.getLegalRepIdCipher(), ID_CARD_CONTEXT);
    }

    public byte[] encryptDocument(byte[] content) {
        return cipher.seal(content, DOCUMENT_CONTEXT);
    }

    private List<OrderDocument> documentsOf(SealOrder order) {
        return em.createNamedQuery("OrderDocument.ofOrder", OrderDocument.class).setParameter("orderId", order.getId())
                .getResultList();
    }

    private static Set<DocumentRole> rolesOf(List<OrderDocument> documents) {
        return documents.stream().map(OrderDocument::getRole)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentRole.class)));
    }
}
