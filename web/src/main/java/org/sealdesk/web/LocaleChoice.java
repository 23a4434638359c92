package org.sealdesk.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.Map;

/**
 * Chinese unless the visitor picks English; the browser's language does not decide. The choice is a
 * cookie rather than session state, so that it needs no session and lasts across visits.
 */
@Named
@RequestScoped
public class LocaleChoice {

    static final String COOKIE = "sealdesk_lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;
    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    @PostConstruct
    void readChoice() {
        Object chosen = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap().get(COOKIE);
        if (chosen instanceof Cookie cookie && "en".equals(cookie.getValue())) {
            locale = Locale.ENGLISH;
        }
        sayInResponse();
    }

    /** Content-Language says what the page's lang says (the container would otherwise send its own default, en). */
    private void sayInResponse() {
        if (FacesContext.getCurrentInstance().getExternalContext().getResponse() instanceof ServletResponse response) {
            response.setLocale(locale);
        }
    }

    public Locale getLocale() {
        return locale;
    }

    /** For the page's lang attribute: zh-CN or en. */
    public String getLanguageTag() {
        return locale.toLanguageTag();
    }

    public boolean isChinese() {
        return Locale.SIMPLIFIED_CHINESE.equals(locale);
    }

    public void toggle() {
        locale = isChinese() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        sayInResponse();
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(COOKIE, isChinese() ? "zh" : "en", Map.of("path",
                external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath(), "maxAge", ONE_YEAR,
                "httpOnly", true, "SameSite", "Lax"));
    }
}
