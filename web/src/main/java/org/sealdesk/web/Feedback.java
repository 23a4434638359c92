package org.sealdesk.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.sealdesk.common.RuleViolation;

/** Puts messages from the site's bundle next to a field (or at the top with a null client id). */
public final class Feedback {


    private static final Map<String, String> FIELD_BY_KEY_PREFIX = new LinkedHashMap<>();

    static {
        FIELD_BY_KEY_PREFIX.put("validation.mobile", "mobile");
        FIELD_BY_KEY_PREFIX.put("register.mobileTaken", "mobile");
        FIELD_BY_KEY_PREFIX.put("signIn.notRegistered", "mobile");
        FIELD_BY_KEY_PREFIX.put("sms.refused", "mobile");
        FIELD_BY_KEY_PREFIX.put("sms.code", "code");
        FIELD_BY_KEY_PREFIX.put("validation.password", "password");
        FIELD_BY_KEY_PREFIX.put("signIn.bad", "password");
        FIELD_BY_KEY_PREFIX.put("signIn.throttled", "password");
        FIELD_BY_KEY_PREFIX.put("validation.personName", "realName");
        FIELD_BY_KEY_PREFIX.put("validation.idCard", "idNumber");
    }

    private Feedback() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        Object[] shown = Arrays.stream(arguments).map(a -> a instanceof Instant t ? ServiceTime.toMinute(t) : a).toArray();
        return new MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale()).format(shown);
    }

    /** Joins shown items as the language lists them: 甲、乙 / A, B. */
    public static Collector<CharSequence, ?, String> listing() {
        return Collectors.joining(text("list.separator"));
    }

    /**
     * Shows each refusal next to the field it is about: the one the service named, else the one the key's
     * subject tells (forms name their fields alike: mobile, code, password, realName, idNumber).
     */
    public static void reject(String formId, RuleViolation violation) {
        for (RuleViolation each : violation.each()) {
            String key = each.messageKey();
            String field = each.field() != null ? each.field() : FIELD_BY_KEY_PREFIX.entrySet().stream()
                    .filter(e -> key.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
            error(field == null ? null : formId + ":" + field, each);
        }
    }

    public static void error(String clientId, RuleViolation violation) {
        error(clientId, violation.messageKey(), violation.arguments());
    }

    /** The message next to the field, and the field marked wrong (red, and so told to screen readers). */
    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
        if (clientId != null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getViewRoot().invokeOnComponent(faces, clientId, (context, field) -> {
                if (field instanceof EditableValueHolder input) {
                    input.setValid(false);
                }
            });
        }
    }

    public static void info(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** Keeps an info message across the redirect that follows a successful step. */
    public static void infoAfterRedirect(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(null, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
