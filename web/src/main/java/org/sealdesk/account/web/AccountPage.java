package org.sealdesk.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import org.sealdesk.account.AccountService;
import org.sealdesk.account.ApplicantView;
import org.sealdesk.web.SignInSession;

/** 我的账户, and signing out from any page. */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    AccountService accounts;

    @Inject
    SignInSession signIn;

    private ApplicantView applicant;

    public ApplicantView getApplicant() {
        if (applicant == null) {
            applicant = accounts.currentApplicant();
        }
        return applicant;
    }

    public String signOut() throws ServletException {
        signIn.end();
        return "/index.xhtml?faces-redirect=true";
    }
}
