package org.sealdesk.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.sealdesk.identity.MobileNumber;

/** The built-in gateway: keeps each message in the outbox table and the log instead of sending it. */
@ApplicationScoped
@Typed(OutboxSmsGateway.class)
public class OutboxSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(OutboxSmsGateway.class.getName());

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public void sendVerificationCode(MobileNumber to, String code, Duration validity) {
        keep(to, SmsTexts.verificationCode(code, validity));
    }

    @Override
    public void sendOrderRejected(MobileNumber to, String orderNumber, String reason) {
        keep(to, SmsTexts.orderRejected(orderNumber, reason));
    }

    @Override
    public void sendSealsCancelled(MobileNumber to, String orderNumber, String seals) {
        keep(to, SmsTexts.sealsCancelled(orderNumber, seals));
    }

    @Override
    public void sendPasswordChanged(MobileNumber to) {
        keep(to, SmsTexts.accountChanged(SmsTexts.passwordChange()));
    }

    @Override
    public void sendMobileChanged(MobileNumber to, MobileNumber newMobile) {
        keep(to, SmsTexts.accountChanged(SmsTexts.mobileChange(newMobile)));
    }

    @Override
    public void sendParcelShipped(MobileNumber to, String orderNumber, String waybill, String trackingLink, String pin) {
        keep(to, SmsTexts.parcelShipped(orderNumber, waybill, trackingLink, pin));
    }

    @Override
    public void sendParcelDelivered(MobileNumber to, String orderNumber) {
        keep(to, SmsTexts.parcelDelivered(orderNumber));
    }

    @Override
    public void sendParcelReturned(MobileNumber to, String orderNumber, String reason) {
        keep(to, SmsTexts.parcelReturned(orderNumber, reason));
    }

    @Override
    public void sendExpiryReminder(MobileNumber to, String seals, LocalDate expiry, long daysLeft, String link) {
        keep(to, SmsTexts.expiryReminder(seals, expiry, daysLeft, link));
    }

    private void keep(MobileNumber to, String body) {
        em.persist(new SmsMessage(to.value(), body, clock.instant()));
        LOG.info(() -> "SMS outbox: to " + to.value() + ": " + body);
    }

    @Override
    public String describe() {
        return "built-in outbox (messages are kept in table sms_outbox and the log, not sent)";
    }

    /** A message kept in the outbox, as the demo outbox page shows it. */
    public record Kept(Instant createdAt, String mobile, String body) {
    }

    public List<Kept> newest(int limit) {
        return em.createNamedQuery("SmsMessage.newestFirst", SmsMessage.class).setMaxResults(limit).getResultStream()
                .map(message -> new Kept(message.getCreatedAt(), message.getMobile(), message.getBody())).toList();
    }
}
