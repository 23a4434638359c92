package org.sealdesk.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import org.sealdesk.web.SignInSession;

/** The staff menu's actions. */
@Named
@RequestScoped
public class StaffShell {

    @Inject
    SignInSession session;

    public String signOut() throws ServletException {
        session.end();
        return "/staff/login.xhtml?faces-redirect=true";
    }
}
