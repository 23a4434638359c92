package org.sealdesk.payment.wechat;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.sealdesk.common.Money;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.payment.GatewayTrade;
import org.sealdesk.payment.TradeState;

/** The v3 wire format checked against plain JCA, not against itself. */
class WechatPayProtocolTest {

    private static final WechatPayTestKeys KEYS = WechatPayTestKeys.generate();
    private static final Instant NOW = Instant.parse("2026-11-21T06:00:00Z");

    @Test
    void theRequestSignatureCoversMethodPathTimestampNonceAndBody() throws Exception {
        String header = WechatPayProtocol.authorization("1900000109", "SERIAL1", KEYS.merchant().getPrivate(), "POST",
                "/v3/pay/transactions/native", 1554208460L, "593BEC0C930BF1AFEB40B4A08C8FB242", "{\"a\":1}");
        assertTrue(header.startsWith("WECHATPAY2-SHA256-RSA2048 mchid=\"1900000109\",nonce_str=\"593BEC0C930BF1AFEB40B4A08C8FB242\",signature=\""));
        assertTrue(header.endsWith("\",timestamp=\"1554208460\",serial_no=\"SERIAL1\""));
        String signature = header.replaceAll(".*signature=\"([^\"]+)\".*", "$1");
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(KEYS.merchant().getPublic());
        verifier.update("POST\n/v3/pay/transactions/native\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n{\"a\":1}\n"
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(verifier.verify(Base64.getDecoder().decode(signature)));
    }

    @Test
    void aNotificationSignedByThePlatformVerifies() {
        SignedMessage message = WechatPayProtocol.signed(KEYS.platform().getPrivate(), KEYS.platformSerial(), NOW, "{}");
        assertDoesNotThrow(() -> WechatPayProtocol.verify(message, KEYS.certificateKeys(), NOW.plusSeconds(30)));
    }

    @Test
    void aForgedAlteredUnknownOrStaleNotificationIsRefused() {
        SignedMessage genuine = WechatPayProtocol.signed(KEYS.platform().getPrivate(), KEYS.platformSerial(), NOW, "{\"total\":100}");
        SignedMessage forged = WechatPayProtocol.signed(WechatPayTestKeys.generate().platform().getPrivate(),
                KEYS.platformSerial(), NOW, genuine.body());
        SignedMessage altered = new SignedMessage(genuine.timestamp(), genuine.nonce(), genuine.signature(), genuine.serial(),
                "{\"total\":1}");
        SignedMessage unknownKey = new SignedMessage(genuine.timestamp(), genuine.nonce(), genuine.signature(), "OTHER",
                genuine.body());
        assertEquals("payment.signature.invalid", refusal(forged, NOW));
        assertEquals("payment.signature.invalid", refusal(altered, NOW));
        assertEquals("payment.signature.unknownKey", refusal(unknownKey, NOW));
        assertEquals("payment.signature.stale", refusal(genuine, NOW.plusSeconds(301)));
        assertEquals("payment.signature.missing", refusal(new SignedMessage(null, "n", "s", "x", "{}"), NOW));
    }

    @Test
    void theResourceDecryptsWhatPlainAesGcmEncrypted() throws Exception {
        String nonce = "fdasflkja484";
        String aad = "transaction";
        String plaintext = "{\"out_trade_no\":\"SD2026112100000001P01\"}";
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEYS.apiV3Key(), "AES"),
                new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
        cipher.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
        String ciphertext = Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));

        assertEquals(plaintext, WechatPayProtocol.decrypt(KEYS.apiV3Key(), nonce, aad, ciphertext));
        assertThrows(RuleViolation.class, () -> WechatPayProtocol.decrypt(KEYS.apiV3Key(), nonce, "other", ciphertext));
        byte[] tampered = Base64.getDecoder().decode(ciphertext);
        tampered[3] ^= 1;
        assertThrows(RuleViolation.class, () -> WechatPayProtocol.decrypt(KEYS.apiV3Key(), nonce, aad,
                Base64.getEncoder().encodeToString(tampered)));
        assertThrows(RuleViolation.class, () -> WechatPayProtocol.decrypt(WechatPayTestKeys.generate().apiV3Key(), nonce,
                aad, ciphertext));
    }

    @Test
    void aNotificationCarriesTheTradeForThisMerchantOnly() {
        GatewayTrade paid = new GatewayTrade("SD2026112100000001P01", TradeState.SUCCESS, "4200000001", Money.ofFen(110000),
                NOW);
        String body = WechatPayProtocol.notificationBody(KEYS.apiV3Key(),
                WechatPayProtocol.transactionJson(WechatPayTestKeys.APPID, WechatPayTestKeys.MCHID, paid, "oPayer"), NOW);
        assertEquals(paid, WechatPayProtocol.notifiedTrade(body, KEYS.apiV3Key(), WechatPayTestKeys.MCHID));
        RuleViolation other = assertThrows(RuleViolation.class,
                () -> WechatPayProtocol.notifiedTrade(body, KEYS.apiV3Key(), "1900000999"));
        assertEquals("payment.notification.otherMerchant", other.messageKey());
    }

    @Test
    void aCertificateIsFoundWhateverLeadingZerosItsSerialIsWrittenWithAndAPublicKeyByItsId() {
        String padded = KEYS.platformSerial();
        assertTrue(padded.startsWith("0"), padded);
        PlatformKeys certificates = KEYS.certificateKeys();
        assertEquals(KEYS.platform().getPublic(), certificates.find(padded).orElseThrow());
        assertEquals(KEYS.platform().getPublic(), certificates.find(padded.replaceFirst("^0+", "")).orElseThrow());
        assertEquals(KEYS.platform().getPublic(), certificates.find(padded.toLowerCase()).orElseThrow());
        assertTrue(certificates.find(WechatPayTestKeys.PUBLIC_KEY_ID).isEmpty());
        assertTrue(certificates.find("not hex").isEmpty());
        PlatformKeys publicKey = KEYS.publicKeyKeys();
        assertEquals(KEYS.platform().getPublic(), publicKey.find(WechatPayTestKeys.PUBLIC_KEY_ID).orElseThrow());
        assertTrue(publicKey.find("PUB_KEY_ID_0000000000000000000000000000").isEmpty());
        assertTrue(publicKey.find(padded).isEmpty());
        assertEquals(WechatPayTestKeys.PUBLIC_KEY_ID, publicKey.requestSerial());
        assertEquals(KEYS.platformCertificate().getSerialNumber(), new java.math.BigInteger(certificates.requestSerial(), 16));
    }

    @Test
    void timesAreBeijingTimeToTheSecond() {
        assertEquals("2026-11-21T14:00:00+08:00", WechatPayProtocol.rfc3339(NOW.plusNanos(123_456_000)));
    }

    private static String refusal(SignedMessage message, Instant now) {
        return assertThrows(RuleViolation.class, () -> WechatPayProtocol.verify(message, KEYS.certificateKeys(), now))
                .messageKey();
    }
}
