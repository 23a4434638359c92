package org.sealdesk.payment.wechat;

import java.net.URI;
import java.security.PrivateKey;

/**
 * A merchant's WeChat Pay v3 credentials.
 *
 * @param baseUrl        https://api.mch.weixin.qq.com in production
 * @param merchantSerial serial number of the merchant API certificate, sent with every request
 * @param platformKeys   the platform certificates' or the WeChat Pay public key, for responses and notifications
 * @param apiV3Key       the 32-character APIv3 key that decrypts notification resources
 * @param notifyUrl      SealDesk's notification address as WeChat Pay reaches it (HTTPS, public)
 */
public record WechatPaySettings(URI baseUrl, String mchid, String appid, String merchantSerial,
        PrivateKey merchantKey, PlatformKeys platformKeys, byte[] apiV3Key, String notifyUrl) {
}
