package org.sealdesk.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.logging.Logger;
import org.sealdesk.crypto.DataCipher;
import org.sealdesk.platform.DemoSeed;

/**
 * In demo mode, the trading centre is registered as a partner (with the appKey of the manual's link) and
 * a disabled example partner, until administrators register partners in the back office.
 */
@ApplicationScoped
public class DemoPartners implements DemoSeed {

    static final String TRADING_CENTRE_KEY = "16e1a4597ff74165a7d4fe525bd612d9";
    static final String DISABLED_EXAMPLE_KEY = "demo-disabled-partner";
    private static final Logger LOG = Logger.getLogger(DemoPartners.class.getName());

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Override
    @Transactional
    public void seed() {
        register("肇庆市公共资源交易中心", TRADING_CENTRE_KEY, true);
        register("已停用的示例平台", DISABLED_EXAMPLE_KEY, false);
        LOG.info(() -> "Demo partner entry link: /third/seal/apply?type=0&appKey=" + TRADING_CENTRE_KEY + "&sealSort=1"
                + " (type 1 for a personal seal; sealSort 2 for a ukey replacement)");
    }

    private void register(String name, String appKey, boolean enabled) {
        boolean known = !em.createNamedQuery("PartnerApp.byAppKey", PartnerApp.class).setParameter("appKey", appKey)
                .getResultList().isEmpty();
        if (!known) {
            em.persist(new PartnerApp(name, appKey, PartnerAdministration.sealed(cipher, PartnerAdministration.newSecret()),
                    Set.of(EntryLink.ENTERPRISE, EntryLink.PERSONAL), EntryLink.SEAL_SORTS, enabled));
        }
    }
}
