package org.sealdesk.order;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.sealdesk.common.Money;

/** What each kind of order costs per certificate years; amounts always come from here, never from a page. */
@Stateless
@PermitAll
public class PriceTable {

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    public List<PriceLine> options(OrderKind kind) {
        return rules(kind).stream().map(PriceLine::of).toList();
    }

    public Money price(OrderKind kind, int years) {
        return PriceRule.amountFor(rules(kind), years);
    }

    private List<PriceRule> rules(OrderKind kind) {
        return em.createNamedQuery("PriceRule.forKind", PriceRule.class).setParameter("kind", kind).getResultList();
    }
}
