package org.sealdesk.token;

import java.security.cert.X509Certificate;

/**
 * What a ukey from the platform's former CA (深圳 CA) shows when its holder moves to SealDesk (ukey 更换): the
 * certificate that CA put on it, and that certificate's private key signing a message the caller built.
 */
public record FormerCertificateProof(X509Certificate certificate, byte[] signature) {
}
