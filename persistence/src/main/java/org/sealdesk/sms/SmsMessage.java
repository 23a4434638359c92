package org.sealdesk.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.sealdesk.common.Utc;

/** A text message kept in the built-in gateway's outbox instead of being sent. */
@Entity
@Table(name = "sms_outbox")
@NamedQuery(name = "SmsMessage.newestFirst", query = "SELECT m FROM SmsMessage m ORDER BY m.createdAt DESC, m.id DESC")
public class SmsMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sms_outbox_seq")
    @SequenceGenerator(name = "sms_outbox_seq", sequenceName = "sms_outbox_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 11)
    private String mobile;

    @Column(nullable = false, length = 500)
    private String body;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected SmsMessage() {
    }

    public SmsMessage(String mobile, String body, Instant createdAt) {
        this.mobile = mobile;
        this.body = body;
        this.createdAt = Utc.of(createdAt);
    }

    public Long getId() {
        return id;
    }

    public String getMobile() {
        return mobile;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return Utc.instant(createdAt);
    }
}
