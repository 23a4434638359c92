package org.sealdesk.payment.wechat;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.sealdesk.crypto.Pem;

/**
 * Throw-away keys for tests: a merchant key pair, a platform key pair with its certificate (whose 40-digit
 * serial starts with 0, as about one in sixteen real ones does) and the same key as a WeChat Pay public key
 * with its id, an APIv3 key. Written as the files a merchant configures, so the server under test reads
 * them the way it reads real ones ({@code main} writes them for the integration servers).
 */
public record WechatPayTestKeys(KeyPair merchant, KeyPair platform, X509Certificate platformCertificate,
        byte[] apiV3Key) {

    public static final String MCHID = "1900000109";
    public static final String APPID = "wx0000000000sealdk";
    public static final String MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    /** The platform key as a WeChat Pay public key (public-key mode): its id, in WeChat's form. */
    public static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0119000001092026120200123456000";

    public static WechatPayTestKeys generate() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        return generate(HexFormat.of().formatHex(random));
    }

    /** @param apiV3Key 32 characters */
    public static WechatPayTestKeys generate(String apiV3Key) {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            KeyPair merchant = rsa.generateKeyPair();
            KeyPair platform = rsa.generateKeyPair();
            Instant now = Instant.now();
            X500Name subject = new X500Name("CN=Tenpay.com Root CA test, O=SealDesk tests");
            // 156 significant bits: written in WeChat's 40 hex digits, the serial begins with 0.
            BigInteger serial = new BigInteger(156, new SecureRandom()).setBit(155);
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                    subject, serial, Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)),
                    subject, platform.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(platform.getPrivate())));
            return new WechatPayTestKeys(merchant, platform, certificate, apiV3Key.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate's serial as WeChat Pay sends it in Wechatpay-Serial: 40 upper-case hex digits. */
    public String platformSerial() {
        return String.format(Locale.ROOT, "%040X", platformCertificate.getSerialNumber());
    }

    public PlatformKeys certificateKeys() {
        return PlatformKeys.certificates(platformCertificate);
    }

    public PlatformKeys publicKeyKeys() {
        return PlatformKeys.publicKey(PUBLIC_KEY_ID, platform.getPublic());
    }

    /** What SealDesk is configured with, pointing at {@code baseUrl}, in certificate or public-key mode. */
    public WechatPaySettings settings(String baseUrl, String notifyUrl, PlatformKeys platformKeys) {
        return new WechatPaySettings(URI.create(baseUrl), MCHID, APPID, MERCHANT_SERIAL, merchant.getPrivate(),
                platformKeys, apiV3Key, notifyUrl);
    }

    public void writeTo(Path directory) throws IOException, GeneralSecurityException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("merchant-key.pem"), Pem.encode("PRIVATE KEY", merchant.getPrivate().getEncoded()));
        Files.writeString(directory.resolve("merchant-public.pem"), Pem.encode("PUBLIC KEY", merchant.getPublic().getEncoded()));
        Files.writeString(directory.resolve("platform-key.pem"), Pem.encode("PRIVATE KEY", platform.getPrivate().getEncoded()));
        Files.writeString(directory.resolve("platform-cert.pem"), Pem.encode("CERTIFICATE", platformCertificate.getEncoded()));
        Files.writeString(directory.resolve("platform-public.pem"), Pem.encode("PUBLIC KEY", platform.getPublic().getEncoded()));
        Files.writeString(directory.resolve("api-v3-key.txt"), new String(apiV3Key, StandardCharsets.US_ASCII));
    }

    public static WechatPayTestKeys readFrom(Path directory) throws IOException, GeneralSecurityException {
        PrivateKey merchantKey = Pem.rsaPrivateKey(Files.readString(directory.resolve("merchant-key.pem")));
        PublicKey merchantPublic = Pem.rsaPublicKey(Files.readString(directory.resolve("merchant-public.pem")));
        X509Certificate certificate = Pem.certificate(Files.readString(directory.resolve("platform-cert.pem")));
        PrivateKey platformKey = Pem.rsaPrivateKey(Files.readString(directory.resolve("platform-key.pem")));
        return new WechatPayTestKeys(new KeyPair(merchantPublic, merchantKey), new KeyPair(certificate.getPublicKey(), platformKey),
                certificate, Files.readString(directory.resolve("api-v3-key.txt")).strip().getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes fresh keys for the integration servers: {@code java … WechatPayTestKeys <directory> <APIv3 key>}. */
    public static void main(String[] args) throws Exception {
        generate(args[1]).writeTo(Path.of(args[0]));
        System.out.println("WeChat Pay test keys written to " + args[0]);
    }
}
