package org.sealdesk.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.platform.QrCode;
import org.sealdesk.staff.StaffMember;
import org.sealdesk.staff.StaffSignIn;
import org.sealdesk.web.Caller;
import org.sealdesk.web.Feedback;
import org.sealdesk.web.SignInSession;

/**
 * 工作人员登录: username, password and the authenticator's code. A member without an authenticator
 * first sees a QR code to scan, then signs in with its first code.
 */
@Named
@RequestScoped
public class StaffSignInPage {

    static final String FORM = "staffSignIn";

    @Inject
    StaffSignIn signIn;

    @Inject
    SignInSession session;

    /** Where to go after signing in: the page's address parameter, then the form's hidden field of that name. */
    private final String next = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("next");
    private String username;
    private String password;
    private String code;
    private String enrolmentSecret;
    private String enrolmentUri;

    public void signIn() throws IOException {
        try {
            StaffMember member = signIn.signIn(username, password, code);
            if (member.mustEnrol()) {
                enrolmentSecret = member.enrolmentSecret();
                enrolmentUri = member.enrolmentUri();
                Feedback.info(null, "staff.signIn.enrol");
                return;
            }
            session.establish(Caller.staff(member.username(), member.roles()));
            session.land(next, "/staff/", SignInSession.STAFF_HOME);
        } catch (RuleViolation refused) {
            code = null;
            Feedback.reject(FORM, refused);
        }
    }

    /** The enrolment QR code as a data: URI for an img element. */
    public String getEnrolmentQr() {
        return enrolmentUri == null ? null : QrCode.dataUri(enrolmentUri);
    }

    public boolean isEnrolling() {
        return enrolmentSecret != null;
    }

    public String getEnrolmentSecret() {
        return enrolmentSecret;
    }

    public String getNext() {
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
