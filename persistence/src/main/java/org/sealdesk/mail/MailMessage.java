package org.sealdesk.mail;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.Utc;

/** An email kept in the built-in mailer's outbox instead of being sent; its attachment encrypted. */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = "MailMessage.newestFirst", query = "SELECT m FROM MailMessage m ORDER BY m.createdAt DESC, m.id DESC")
public class MailMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 100)
    private String recipient;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "attachment_name", length = 100)
    private String attachmentName;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "attachment_cipher")
    private byte[] attachmentCipher;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected MailMessage() {
    }

    public MailMessage(String recipient, String subject, String body, String attachmentName, byte[] attachmentCipher,
            Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.attachmentName = attachmentName;
        this.attachmentCipher = attachmentCipher == null ? null : attachmentCipher.clone();
        this.createdAt = Utc.of(createdAt);
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public Instant getCreatedAt() {
        return Utc.instant(createdAt);
    }
}
