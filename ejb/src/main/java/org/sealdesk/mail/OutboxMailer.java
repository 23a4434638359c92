package org.sealdesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.sealdesk.crypto.DataCipher;

/** The built-in mailer: keeps each email in the outbox table (attachment encrypted) and the log instead of sending. */
@ApplicationScoped
public class OutboxMailer implements Mailer {

    private static final Logger LOG = Logger.getLogger(OutboxMailer.class.getName());
    private static final String ATTACHMENT_CONTEXT = "mail.attachment";

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    Clock clock;

    @Override
    public void send(Mail mail) {
        em.persist(new MailMessage(mail.to(), mail.subject(), mail.body(), mail.attachmentName(),
                mail.attachment() == null ? null : cipher.seal(mail.attachment(), ATTACHMENT_CONTEXT), clock.instant()));
        LOG.info(() -> "Mail outbox: to " + mail.to() + ": " + mail.subject()
                + (mail.attachmentName() == null ? "" : " [" + mail.attachmentName() + "]"));
    }

    @Override
    public String describe() {
        return "built-in outbox (emails are kept in table mail_outbox and the log, not sent)";
    }

    /** An email kept in the outbox, as the demo outbox page shows it. */
    public record Kept(Instant createdAt, String to, String subject, String attachmentName) {
    }

    public List<Kept> newest(int limit) {
        return em.createNamedQuery("MailMessage.newestFirst", MailMessage.class).setMaxResults(limit)
                .getResultStream().map(message -> new Kept(message.getCreatedAt(), message.getRecipient(),
                        message.getSubject(), message.getAttachmentName())).toList();
    }
}
