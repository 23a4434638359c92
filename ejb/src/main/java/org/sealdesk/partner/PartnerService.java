package org.sealdesk.partner;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderKind;

/** Checks partner entry links against the registered partner apps. */
@Stateless
@PermitAll
public class PartnerService {

    /** An admitted entry link: who sent the applicant, for which kind of order. */
    public record Referral(long partnerId, String partnerName, OrderKind kind) implements Serializable {
    }

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    public Referral admit(EntryLink link) {
        PartnerApp partner = em.createNamedQuery("PartnerApp.byAppKey", PartnerApp.class)
                .setParameter("appKey", link.appKey()).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("partner.unknown"));
        return new Referral(partner.getId(), partner.getName(), partner.admit(link));
    }

    public String nameOf(long partnerId) {
        PartnerApp partner = em.find(PartnerApp.class, partnerId);
        return partner == null ? null : partner.getName();
    }

    /** Every registered partner by id, in name order, for filters. */
    public Map<Long, String> names() {
        Map<Long, String> names = new LinkedHashMap<>();
        em.createQuery("SELECT p FROM PartnerApp p ORDER BY p.name", PartnerApp.class).getResultStream()
                .forEach(p -> names.put(p.getId(), p.getName()));
        return names;
    }
}
