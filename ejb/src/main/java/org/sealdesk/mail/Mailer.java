package org.sealdesk.mail;

/** Sends email. Failing to deliver throws, so the caller's transaction rolls back. */
public interface Mailer {

    /** An email with at most one attachment. */
    record Mail(String to, String subject, String body, String attachmentName, byte[] attachment) {
    }

    void send(Mail mail);

    /** Shown in the start-up log, so nobody mistakes the outbox for real delivery. */
    String describe();
}
