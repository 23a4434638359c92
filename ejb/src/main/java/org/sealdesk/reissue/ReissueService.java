package org.sealdesk.reissue;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.sealdesk.account.Account;
import org.sealdesk.account.AccountService;
import org.sealdesk.aftersales.HeldSeals;
import org.sealdesk.audit.Origin;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.MailingAddress;
import org.sealdesk.order.MailingDetails;
import org.sealdesk.order.OrderKind;
import org.sealdesk.order.PriceTable;
import org.sealdesk.seal.Seal;
import org.sealdesk.sms.SentCode;
import org.sealdesk.sms.SmsCodeService;
import org.sealdesk.sms.SmsPurpose;
import org.sealdesk.staff.Roles;

/**
 * Reissue (补办, manual 1.3.4), from the holder's side: for a lost or broken ukey, confirmed by an SMS code like a
 * cancellation, with where to post the new one, paid; then production makes a new ukey carrying every active seal of
 * the old one and shipping sends it. When the new ukey is produced the old certificates are revoked (keyCompromise)
 * and the old ukey's serial is retired (ProductionService).
 */
@Stateless
@RolesAllowed(Roles.APPLICANT)
public class ReissueService {

    @Inject
    AccountService accounts;

    @Inject
    HeldSeals held;

    @Inject
    PriceTable prices;

    @Inject
    SmsCodeService smsCodes;

    @Inject
    Origin origin;

    @Resource
    SessionContext session;

    /** @throws RuleViolation seal.notFound, order.years.unavailable (no price set) */
    public HeldSeals.Offer offer(String esId) {
        return held.offer(esId, accounts.signedIn().getId(), prices.price(OrderKind.REISSUE, 1));
    }

    /** Sends the code that confirms a reissue, to the signed-in applicant's own mobile number. */
    public SentCode requestCode() {
        return smsCodes.send(accounts.signedIn().getMobile(), SmsPurpose.REISSUE_UKEY, origin.source());
    }

    /**
     * Orders a new ukey for the one that holds {@code esId}, posted to {@code mailing}.
     *
     * @return the order's number; it awaits payment
     * @throws RuleViolation seal.notFound; the address's refusals together (each naming its field); then sms.code.*
     *     (a wrong try is counted); heldSeal.alreadyOrdered
     */
    public String order(String esId, String code, MailingDetails mailing) {
        Account applicant = accounts.signedIn();
        List<Seal> onUkey = held.onUkeyOf(esId, applicant.getId());
        MailingAddress address = MailingAddress.of(mailing.recipient(), mailing.mobile(), mailing.province(),
                mailing.city(), mailing.district(), mailing.street());
        smsCodes.redeem(applicant.getMobile(), SmsPurpose.REISSUE_UKEY, code);
        return held.order(OrderKind.REISSUE, applicant.getId(), session.getCallerPrincipal().getName(), onUkey, 1,
                prices.price(OrderKind.REISSUE, 1), address);
    }
}
