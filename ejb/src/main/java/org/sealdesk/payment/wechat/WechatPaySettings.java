package org.sealdesk.payment.wechat;

import java.net.URI;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;

/**
 * A merchant's WeChat Pay v3 credentials.
 *
 * @param baseUrl        https://api.mch.weixin.qq.com in production
 * @param merchantSerial serial number of the merchant API certificate, sent with every request
 * @param platformKeys   the platform certificates' public keys by serial number, for responses and notifications
 * @param apiV3Key       32 bytes that decrypt notification resources
 * @param notifyUrl      SealDesk's notification address as WeChat Pay reaches it (HTTPS, public)
 */
public record WechatPaySettings(URI baseUrl, String mchid, String appid, String merchantSerial,
        PrivateKey merchantKey, Map<String, PublicKey> platformKeys, byte[] apiV3Key, String notifyUrl) {
}
