package org.sealdesk.account.web;

import java.io.Serializable;

/** What the account forms take: mobile number with an SMS code and/or a password (and its confirmation). */
public class ApplicantCredentials implements Serializable {

    private static final long serialVersionUID = 1L;
    private String mobile;
    private String code;
    private String password;
    private String passwordConfirm;

    public boolean passwordsMatch() {
        return password != null && password.equals(passwordConfirm);
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirm() {
        return passwordConfirm;
    }

    public void setPasswordConfirm(String passwordConfirm) {
        this.passwordConfirm = passwordConfirm;
    }
}
