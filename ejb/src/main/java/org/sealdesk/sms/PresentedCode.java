package org.sealdesk.sms;

import org.sealdesk.identity.MobileNumber;

/** A code the applicant typed, for the number and purpose it was sent for, and the form field it was typed in. */
public record PresentedCode(MobileNumber mobile, SmsPurpose purpose, String code, String field) {
}
