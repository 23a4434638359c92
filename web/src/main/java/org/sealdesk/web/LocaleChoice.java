package org.sealdesk.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** Chinese unless the visitor picks English; the browser's language does not decide. */
@Named
@SessionScoped
public class LocaleChoice implements Serializable {

    private static final long serialVersionUID = 1L;
    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isChinese() {
        return Locale.SIMPLIFIED_CHINESE.equals(locale);
    }

    public void toggle() {
        locale = isChinese() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
