package org.sealdesk.replacement;

import java.time.Instant;

/**
 * The certificate the former CA (深圳 CA) put on an applicant's ukey, as SealDesk read it: who issued it, its serial
 * (hex), whom it names — the common name, the organisation where there is one, and a unified social credit code where
 * one of its names holds a valid one — and its validity. The application is filled from it.
 */
public record FormerCertificate(String issuer, String serial, String subject, String commonName, String organisation,
        String creditCode, Instant notBefore, Instant notAfter, byte[] der) {
}
