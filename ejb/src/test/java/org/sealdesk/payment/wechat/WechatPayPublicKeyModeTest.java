package org.sealdesk.payment.wechat;

/** A merchant verifying WeChat Pay by its public key (微信支付公钥, PUB_KEY_ID_…), as new merchants do. */
class WechatPayPublicKeyModeTest extends WechatPayGatewayContract {

    WechatPayPublicKeyModeTest() {
        super(FakeWechatPay.Signing.PUBLIC_KEY, KEYS.publicKeyKeys());
    }
}
