package org.sealdesk.renewal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.account.Account;
import org.sealdesk.account.AccountService;
import org.sealdesk.aftersales.HeldSeals;
import org.sealdesk.certificate.Certificate;
import org.sealdesk.certificate.CertificateStatus;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.ServiceZone;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.PriceLine;
import org.sealdesk.order.PriceTable;
import org.sealdesk.seal.Seal;
import org.sealdesk.staff.Roles;

/**
 * Renewal (续期, manual 1.3.2), from the holder's side: offered while a seal's certificate is within the renewal
 * window; one order renews every active seal on that ukey (an enterprise's unit seal and its legal representative's
 * seal together) for the years bought, paid like an application, then rekeyed online ({@link
 * org.sealdesk.rekey.RekeyService}). The old certificate is not revoked (documents stamped with it keep verifying
 * until it expires); it and its seal are marked superseded.
 */
@Stateless
@RolesAllowed(Roles.APPLICANT)
public class RenewalService {

    /** What renewing the ukey that holds a seal means: its seals, when the window opens and closes, the prices. */
    public record Offer(String ukeySerial, List<String> esIds, Instant validTo, Instant opens, Instant closes,
            boolean open, List<PriceLine> prices) {
    }

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    HeldSeals held;

    @Inject
    PriceTable prices;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    @ConfigProperty(name = "sealdesk.renewal.opens-before", defaultValue = "P60D")
    Duration opensBefore;

    @Inject
    @ConfigProperty(name = "sealdesk.renewal.closes-after", defaultValue = "P30D")
    Duration closesAfter;

    private RenewalWindow window;

    @PostConstruct
    void init() {
        window = new RenewalWindow(opensBefore, closesAfter);
    }

    /** @throws RuleViolation seal.notFound for a seal not the caller's, or not active */
    public Offer offer(String esId) {
        List<Seal> onUkey = held.onUkeyOf(esId, accounts.signedIn().getId());
        Instant validTo = onUkey.stream().map(Seal::getValidTo).min(Comparator.naturalOrder()).orElseThrow();
        return new Offer(onUkey.get(0).getUkeySerial(), onUkey.stream().map(Seal::getEsId).toList(), validTo,
                window.opens(validTo), window.closes(validTo), window.contains(clock.instant(), validTo),
                prices.options(OrderKind.RENEWAL));
    }

    /**
     * Orders the renewal of every active seal on the ukey that holds {@code esId}, for {@code years}.
     *
     * @return the order's number; it awaits payment
     * @throws RuleViolation seal.notFound, renewal.notReceived (确认收货 first), renewal.outsideWindow (with the
     *     window's dates), heldSeal.alreadyOrdered (with that order's number), order.years.unavailable
     */
    public String order(String esId, int years) {
        Account applicant = accounts.signedIn();
        List<Seal> onUkey = held.onUkeyOf(esId, applicant.getId());
        Instant now = clock.instant();
        for (Seal seal : onUkey) {
            if (em.find(Certificate.class, seal.getCertificateId()).getStatus() != CertificateStatus.VALID) {
                throw new RuleViolation("renewal.notReceived");
            }
            if (!window.contains(now, seal.getValidTo())) {
                throw new RuleViolation("renewal.outsideWindow", ServiceZone.dayOf(window.opens(seal.getValidTo())),
                        ServiceZone.dayOf(window.closes(seal.getValidTo())));
            }
        }
        return held.order(OrderKind.RENEWAL, applicant.getId(), caller(), onUkey, years,
                prices.price(OrderKind.RENEWAL, years), null);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
