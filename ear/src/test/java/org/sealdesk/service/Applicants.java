package org.sealdesk.service;

import jakarta.enterprise.inject.spi.CDI;
import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sealdesk.account.AccountService;
import org.sealdesk.identity.IdCardNumber;
import org.sealdesk.identity.MobileNumber;
import org.sealdesk.identity.PersonName;
import org.sealdesk.sms.OutboxSmsGateway;
import org.sealdesk.sms.SmsPurpose;
import org.sealdesk.web.Caller;

/** Applicants made as the pages make them: an SMS code from the outbox, registration, real name. */
final class Applicants {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CODE = Pattern.compile("验证码为(\\d{6})");
    static final String PASSWORD = "Seal2026desk";

    private Applicants() {
    }

    /** A registered, real-name-verified applicant, signed in for the rest of the test. @return the account id */
    static long signedInAndVerified(String name) {
        AccountService accounts = CDI.current().select(AccountService.class).get();
        MobileNumber mobile = new MobileNumber("139" + String.format("%08d", RANDOM.nextInt(100_000_000)));
        accounts.requestCode(mobile, SmsPurpose.REGISTER);
        long account = accounts.register(mobile, latestCode(mobile), PASSWORD);
        Callers.signIn(Caller.applicant(account));
        accounts.verifyIdentity(new PersonName(name), new IdCardNumber(newIdCardNumber()));
        return account;
    }

    static String latestCode(MobileNumber mobile) {
        return messagesTo(mobile).map(CODE::matcher).filter(Matcher::find).map(code -> code.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("no code for " + mobile + " in the outbox"));
    }

    static String latestMessage(MobileNumber mobile) {
        return messagesTo(mobile).findFirst().orElseThrow(() -> new AssertionError("no message to " + mobile));
    }

    /** The outbox's messages to {@code mobile}, newest first. */
    static Stream<String> messagesTo(MobileNumber mobile) {
        return CDI.current().select(OutboxSmsGateway.class).get().newest(50).stream()
                .filter(message -> message.mobile().equals(mobile.value())).map(OutboxSmsGateway.Kept::body);
    }

    /** A valid GB 11643 number: region 440103, a random birth date and sequence, its check digit. */
    static String newIdCardNumber() {
        String body = "440103" + (1960 + RANDOM.nextInt(40)) + String.format("%02d%02d", 1 + RANDOM.nextInt(12),
                1 + RANDOM.nextInt(28)) + String.format("%03d", RANDOM.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
