package org.sealdesk.token;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** BouncyCastle as a provider handed to each call (SM2, SM3, PKCS#12 with SM2 keys), never installed JVM-wide. */
public final class BouncyCastle {

    public static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
