package org.sealdesk.ca;

import java.security.PrivateKey;
import org.bouncycastle.cert.X509CertificateHolder;

/** One of the platform's own keys with its certificate. */
record CaKey(CaFamily family, PrivateKey key, X509CertificateHolder certificate) {
}
