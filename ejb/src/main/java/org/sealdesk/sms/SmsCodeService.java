package org.sealdesk.sms;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.common.Utc;
import org.sealdesk.crypto.DataCipher;
import org.sealdesk.identity.MobileNumber;

/** Issues and redeems SMS verification codes under the limits in {@link SmsSendPolicy}. */
@Stateless
@PermitAll
public class SmsCodeService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    SmsGateway gateway;

    @Inject
    DataCipher cipher;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sealdesk.sms.code-validity", defaultValue = "PT5M")
    Duration validity;

    @Inject
    @ConfigProperty(name = "sealdesk.sms.resend-interval", defaultValue = "PT60S")
    Duration resendInterval;

    @Inject
    @ConfigProperty(name = "sealdesk.sms.max-per-hour", defaultValue = "5")
    int maxPerHour;

    @Inject
    @ConfigProperty(name = "sealdesk.sms.max-per-day", defaultValue = "10")
    int maxPerDay;

    @Inject
    @ConfigProperty(name = "sealdesk.sms.max-per-ip-per-hour", defaultValue = "30")
    int maxPerIpPerHour;

    @Inject
    @ConfigProperty(name = "sealdesk.sms.max-tries", defaultValue = "5")
    int maxTries;

    public SentCode send(MobileNumber mobile, SmsPurpose purpose, String requesterIp) {
        Instant now = clock.instant();
        SmsLimits limits = limits();
        List<Instant> toNumber = sendTimes("SmsCode.sentToNumberSince", "mobile", mobile.value(), now.minus(Duration.ofDays(1)));
        List<Instant> fromIp = sendTimes("SmsCode.sentFromIpSince", "ip", requesterIp, now.minus(Duration.ofHours(1)));
        new SmsSendPolicy(limits).check(now, toNumber, fromIp);

        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        SmsCode issued = new SmsCode(mobile, purpose, hash(mobile, purpose, code), requesterIp, now, limits);
        em.persist(issued);
        gateway.sendVerificationCode(mobile, code, limits.validity());
        return new SentCode(mobile.masked(), issued.getExpiresAt(), now.plus(resendInterval));
    }

    /** Uses the newest code sent to {@code mobile} for {@code purpose}; a wrong try is counted and kept. */
    public void redeem(MobileNumber mobile, SmsPurpose purpose, String code) {
        latest(mobile, purpose).redeem(hash(mobile, purpose, code), clock.instant(), maxTries);
    }

    /**
     * Uses codes that go together (更换手机号: one sent to each number) only if every one is right, so that a wrong
     * one does not spend the others; a wrong try is counted and kept.
     *
     * @throws RuleViolation sms.code.*, about the presented code's field
     */
    public void redeemTogether(List<PresentedCode> codes) {
        Instant now = clock.instant();
        for (PresentedCode presented : codes) {
            try {
                latest(presented.mobile(), presented.purpose())
                        .check(hash(presented.mobile(), presented.purpose(), presented.code()), now, maxTries);
            } catch (RuleViolation refused) {
                throw refused.about(presented.field());
            }
        }
        codes.forEach(presented -> redeem(presented.mobile(), presented.purpose(), presented.code()));
    }

    private SmsCode latest(MobileNumber mobile, SmsPurpose purpose) {
        return em.createNamedQuery("SmsCode.latest", SmsCode.class)
                .setParameter("mobile", mobile.value()).setParameter("purpose", purpose)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("sms.code.missing"));
    }

    private List<Instant> sendTimes(String query, String parameter, String value, Instant since) {
        return em.createNamedQuery(query, SmsCode.class).setParameter(parameter, value)
                .setParameter("since", Utc.of(since)).getResultStream().map(SmsCode::getCreatedAt).toList();
    }

    private String hash(MobileNumber mobile, SmsPurpose purpose, String code) {
        return cipher.keyedHash("sms-code", mobile.value() + ":" + purpose + ":" + (code == null ? "" : code.trim()));
    }

    private SmsLimits limits() {
        return new SmsLimits(validity, resendInterval, maxTries, maxPerHour, maxPerDay, maxPerIpPerHour);
    }
}
