package org.sealdesk.partner.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.partner.EntryLink;
import org.sealdesk.partner.PartnerService;

/**
 * The partner entry link, /third/seal/apply?type=…&appKey=…&sealSort=… (manual 1.2.1). An admitted
 * link is remembered in a cookie (see {@link PartnerReferral}) and leads to the home page, where the applicant starts the
 * matching application; any other link gets an error page that says why.
 */
@WebServlet("/third/seal/apply")
public class PartnerEntryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String ERROR_PAGE = "/error/partner-link.xhtml";
    private static final Map<String, Integer> STATUS_BY_REFUSAL = Map.of(
            "partner.badLink", HttpServletResponse.SC_BAD_REQUEST,
            "partner.unknown", HttpServletResponse.SC_NOT_FOUND,
            "partner.disabled", HttpServletResponse.SC_FORBIDDEN,
            "partner.notAllowed", HttpServletResponse.SC_FORBIDDEN);

    @Inject
    transient PartnerService partners;

    static String cookiePath(String contextPath) {
        return contextPath.isEmpty() ? "/" : contextPath;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        try {
            EntryLink link = EntryLink.parse(request.getParameter("type"), request.getParameter("appKey"),
                    request.getParameter("sealSort"));
            partners.admit(link);
            Cookie referral = new Cookie(PartnerReferral.COOKIE, PartnerReferral.cookieValue(link));
            referral.setPath(cookiePath(request.getContextPath()));
            referral.setHttpOnly(true);
            referral.setAttribute("SameSite", "Lax");
            response.addCookie(referral);
            response.sendRedirect(request.getContextPath() + "/index.xhtml");
        } catch (RuleViolation refused) {
            response.setStatus(STATUS_BY_REFUSAL.getOrDefault(refused.messageKey(), HttpServletResponse.SC_BAD_REQUEST));
            request.setAttribute("partnerRefusal", refused.messageKey());
            request.getRequestDispatcher(ERROR_PAGE).forward(request, response);
        }
    }
}
