package org.sealdesk.seal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sealdesk.certificate.CertificateStatus;
import org.sealdesk.order.SealType;
import org.sealdesk.seal.SealService;
import org.sealdesk.seal.SealStatus;
import org.sealdesk.seal.SealView;

/**
 * 证章信息: the applicant's seals, and which of 续期, 变更, 解锁, 补办 and 注销 each card offers; each of those has its
 * own dialog bean (RenewalDialog, ChangeStarter, UnlockDialog, ReissueDialog, CancelDialog).
 */
@Named
@ViewScoped
public class SealsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SealService seals;

    private List<SealView> mine;

    /** viewAction; again after a cancellation. */
    public void load() {
        mine = seals.mine();
    }

    /** Renewed once received: the certificate in force. */
    public boolean isRenewable(SealView seal) {
        return seal.status() == SealStatus.ACTIVE && seal.certificateStatus() == CertificateStatus.VALID;
    }

    /** A unit's seals change together, from its unit seal's card, once received. */
    public boolean isChangeable(SealView seal) {
        return isRenewable(seal) && seal.type() == SealType.ENTERPRISE;
    }

    /** Unlocked, reissued or cancelled while active. */
    public boolean isActive(SealView seal) {
        return seal.status() == SealStatus.ACTIVE;
    }

    public List<SealView> getMine() {
        return mine;
    }
}
