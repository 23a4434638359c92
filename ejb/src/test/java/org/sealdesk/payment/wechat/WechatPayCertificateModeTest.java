package org.sealdesk.payment.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sealdesk.payment.TradeState;

/** A merchant verifying WeChat Pay by its platform certificate, whose 40-digit serial here starts with 0. */
class WechatPayCertificateModeTest extends WechatPayGatewayContract {

    WechatPayCertificateModeTest() {
        super(FakeWechatPay.Signing.CERTIFICATE, KEYS.certificateKeys());
    }

    @Test
    void aSerialWithALeadingZeroNamesTheCertificate() {
        assertTrue(fake.serial().startsWith("0") && fake.serial().length() == 40, fake.serial());
        prepay("SD2026112100000009P01", 100);
        assertEquals(TradeState.NOTPAY, gateway.query("SD2026112100000009P01").state(), "the signed answer was believed");
    }
}
