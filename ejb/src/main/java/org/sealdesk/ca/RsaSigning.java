package org.sealdesk.ca;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.util.logging.Logger;
import org.sealdesk.token.BouncyCastle;

/**
 * Who signs with the CA's software RSA keys: AWS-LC through the Amazon Corretto Crypto Provider, which signs about
 * three times as fast as BouncyCastle (it matters for OCSP answers with a nonce, each signed anew); BouncyCastle
 * where the provider's native library cannot load (another processor or C library), said once in the log.
 */
final class RsaSigning {

    private static final Logger LOG = Logger.getLogger(RsaSigning.class.getName());
    static final Provider PROVIDER = provider();

    private RsaSigning() {
    }

    /**
     * The software key as the provider holds it: translated once, when the keystore is read, rather than at every
     * signature (which costs the Corretto provider as much as the signature itself).
     */
    static PrivateKey own(PrivateKey key) {
        if (PROVIDER == BouncyCastle.PROVIDER) {
            return key;
        }
        try {
            return (PrivateKey) KeyFactory.getInstance("RSA", PROVIDER).translateKey(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot hand an RSA key to " + PROVIDER.getName(), e);
        }
    }

    private static Provider provider() {
        Throwable unavailable;
        try {
            unavailable = AmazonCorrettoCryptoProvider.INSTANCE.getLoadingError();
        } catch (LinkageError e) {
            unavailable = e;
        }
        if (unavailable == null) {
            LOG.info("RSA signatures with software keys through the Amazon Corretto Crypto Provider (AWS-LC)");
            return AmazonCorrettoCryptoProvider.INSTANCE;
        }
        String why = unavailable.toString();
        LOG.warning(() -> "RSA signatures through BouncyCastle: the Amazon Corretto Crypto Provider did not load (" + why
                + ")");
        return BouncyCastle.PROVIDER;
    }
}
