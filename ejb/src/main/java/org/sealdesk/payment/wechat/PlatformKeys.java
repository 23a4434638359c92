package org.sealdesk.payment.wechat;

import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The keys WeChat Pay signs answers and notifications with, found by the {@code Wechatpay-Serial} it sends:
 * a platform certificate's serial number (hex, compared as a number: WeChat sends all 40 digits,
 * leading zeros included), or the id of a WeChat Pay public key ({@code PUB_KEY_ID_…}, what merchants
 * get instead of platform certificates since 2024). A merchant has either or, while moving, both.
 */
public final class PlatformKeys {

    public static final String PUBLIC_KEY_ID_PREFIX = "PUB_KEY_ID_";

    private final Map<BigInteger, PublicKey> certificates;
    private final String newestCertificateSerial;
    private final String publicKeyId;
    private final PublicKey publicKey;

    private PlatformKeys(List<X509Certificate> certificates, String publicKeyId, PublicKey publicKey) {
        if (certificates.isEmpty() && publicKey == null) {
            throw new IllegalArgumentException("WeChat Pay needs its platform certificate(s) or its public key");
        }
        if (publicKey != null && (publicKeyId == null || !publicKeyId.startsWith(PUBLIC_KEY_ID_PREFIX))) {
            throw new IllegalArgumentException("A WeChat Pay public key comes with its id, " + PUBLIC_KEY_ID_PREFIX + "…");
        }
        Map<BigInteger, PublicKey> bySerial = new LinkedHashMap<>();
        certificates.forEach(certificate -> bySerial.put(certificate.getSerialNumber(), certificate.getPublicKey()));
        this.certificates = Map.copyOf(bySerial);
        this.newestCertificateSerial = certificates.stream().max(Comparator.comparing(X509Certificate::getNotBefore))
                .map(certificate -> certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT)).orElse(null);
        this.publicKeyId = publicKeyId;
        this.publicKey = publicKey;
    }

    public static PlatformKeys of(List<X509Certificate> certificates, String publicKeyId, PublicKey publicKey) {
        return new PlatformKeys(List.copyOf(certificates), publicKeyId, publicKey);
    }

    public static PlatformKeys certificates(X509Certificate... certificates) {
        return new PlatformKeys(List.of(certificates), null, null);
    }

    public static PlatformKeys publicKey(String id, PublicKey key) {
        return new PlatformKeys(List.of(), id, key);
    }

    /** The key for what a message's {@code Wechatpay-Serial} names, if it is one of ours. */
    public Optional<PublicKey> find(String serial) {
        if (serial == null) {
            return Optional.empty();
        }
        if (serial.startsWith(PUBLIC_KEY_ID_PREFIX)) {
            return serial.equals(publicKeyId) ? Optional.of(publicKey) : Optional.empty();
        }
        try {
            return Optional.ofNullable(certificates.get(new BigInteger(serial, 16)));
        } catch (NumberFormatException notHex) {
            return Optional.empty();
        }
    }

    /** What requests name in {@code Wechatpay-Serial}: the public key's id, else the newest certificate's serial. */
    public String requestSerial() {
        return publicKeyId != null ? publicKeyId : newestCertificateSerial;
    }
}
