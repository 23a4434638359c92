package org.sealdesk.partner.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.Optional;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.order.OrderKind;
import org.sealdesk.partner.EntryLink;
import org.sealdesk.partner.PartnerService;

/**
 * The partner entry link this browser came through, until an application of its kind is started. It
 * travels as a cookie holding the link itself (no session for a visitor), and is admitted again each
 * time it is read, so a forged or outdated cookie names no partner.
 */
@Named
@RequestScoped
public class PartnerReferral {

    static final String COOKIE = "sealdesk_partner";

    @Inject
    PartnerService partners;

    private Optional<PartnerService.Referral> current;

    /** The cookie's value for an admitted link. */
    static String cookieValue(EntryLink link) {
        return link.type() + "." + link.sealSort() + "." + link.appKey();
    }

    public PartnerService.Referral getCurrent() {
        if (current == null) {
            current = Optional.ofNullable(FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap()
                    .get(COOKIE)).map(cookie -> admitted(((Cookie) cookie).getValue()));
        }
        return current.orElse(null);
    }

    private PartnerService.Referral admitted(String value) {
        String[] parts = value.split("\\.", 3);
        try {
            return parts.length == 3 ? partners.admit(EntryLink.parse(parts[0], parts[2], parts[1])) : null;
        } catch (RuleViolation noLonger) {
            return null;
        }
    }

    /** The referring partner for a new order of {@code kind}, forgotten once used. */
    public Long consumeFor(OrderKind kind) {
        PartnerService.Referral referral = getCurrent();
        if (referral == null || referral.kind() != kind) {
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.addResponseCookie(COOKIE, "", Map.of("path", PartnerEntryServlet.cookiePath(external.getRequestContextPath()),
                "maxAge", 0, "httpOnly", true));
        current = Optional.empty();
        return referral.partnerId();
    }
}
