package org.sealdesk.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.staff.Roles;

/**
 * Administrators keep the price table: a line per kind and certificate years. New orders take the
 * line's amount when they are submitted; orders already priced keep theirs.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PriceAdministration {

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    PriceTable prices;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    public List<PriceLine> table() {
        return em.createQuery("SELECT p FROM PriceRule p ORDER BY p.kind, p.years", PriceRule.class).getResultStream()
                .map(PriceLine::of).toList();
    }

    /** Changes the line's amount, or adds the line when the kind has none for these years. */
    public void setPrice(OrderKind kind, int years, Money amount) {
        PriceRule line = line(kind, years);
        if (line == null) {
            em.persist(new PriceRule(kind, years, amount));
            audit.success(caller(), "price.add", kind + "/" + years, amount.yuan());
        } else {
            Money before = line.getAmount();
            line.reprice(amount);
            audit.success(caller(), "price.change", kind + "/" + years, before.yuan() + " -> " + amount.yuan());
        }
    }

    /** Stops offering these years for the kind; a kind keeps at least one line so it can still be ordered. */
    public void remove(OrderKind kind, int years) {
        PriceRule line = line(kind, years);
        if (line == null) {
            throw new RuleViolation("price.unknown");
        }
        if (prices.options(kind).size() == 1) {
            throw new RuleViolation("price.lastLine");
        }
        em.remove(line);
        audit.success(caller(), "price.remove", kind + "/" + years, line.getAmount().yuan());
    }

    private PriceRule line(OrderKind kind, int years) {
        return em.createQuery("SELECT p FROM PriceRule p WHERE p.kind = :kind AND p.years = :years", PriceRule.class)
                .setParameter("kind", kind).setParameter("years", years).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
