package org.sealdesk.identity.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.util.function.Predicate;
import org.sealdesk.identity.CreditCode;
import org.sealdesk.identity.IdCardNumber;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.identity.PersonName;
import org.sealdesk.web.Feedback;

/** Field validators for pages; each asks the value object the services use, so both agree. */
public final class IdentityValidators {

    private IdentityValidators() {
    }

    abstract static class ValueObjectValidator implements Validator<String> {

        private final Predicate<String> valid;
        private final String messageKey;

        ValueObjectValidator(Predicate<String> valid, String messageKey) {
            this.valid = valid;
            this.messageKey = messageKey;
        }

        @Override
        public void validate(FacesContext context, UIComponent component, String value) {
            if (value != null && !value.isBlank() && !valid.test(value)) {
                String text = Feedback.text(messageKey);
                throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
        }
    }

    @FacesValidator("sealdesk.mobileNumber")
    public static class MobileNumberValidator extends ValueObjectValidator {
        public MobileNumberValidator() {
            super(MobileNumber::isValid, "validation.mobile.invalid");
        }
    }

    @FacesValidator("sealdesk.idCardNumber")
    public static class IdCardNumberValidator extends ValueObjectValidator {
        public IdCardNumberValidator() {
            super(IdCardNumber::isValid, "validation.idCard.invalid");
        }
    }

    @FacesValidator("sealdesk.creditCode")
    public static class CreditCodeValidator extends ValueObjectValidator {
        public CreditCodeValidator() {
            super(CreditCode::isValid, "validation.creditCode.invalid");
        }
    }

    @FacesValidator("sealdesk.personName")
    public static class PersonNameValidator extends ValueObjectValidator {
        public PersonNameValidator() {
            super(PersonName::isValid, "validation.personName.invalid");
        }
    }
}
