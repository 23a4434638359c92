package org.sealdesk.partner.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;
import org.sealdesk.order.OrderKind;
import org.sealdesk.partner.PartnerService;

/** The partner entry link this session came through, until an application of its kind is started. */
@Named
@RequestScoped
public class PartnerReferral {

    private static Map<String, Object> session() {
        return FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
    }

    public PartnerService.Referral getCurrent() {
        return (PartnerService.Referral) session().get(PartnerEntryServlet.REFERRAL);
    }

    /** The referring partner for a new order of {@code kind}, forgotten once used. */
    public Long consumeFor(OrderKind kind) {
        PartnerService.Referral referral = getCurrent();
        if (referral == null || referral.kind() != kind) {
            return null;
        }
        session().remove(PartnerEntryServlet.REFERRAL);
        return referral.partnerId();
    }
}
