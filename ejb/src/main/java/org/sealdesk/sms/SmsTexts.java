package org.sealdesk.sms;

import java.time.Duration;
import java.time.LocalDate;
import org.sealdesk.identity.MobileNumber;

/** The wording of messages, as the provider's approved templates say them. */
final class SmsTexts {

    static final String SIGNATURE = "【肇庆CA电子印章】";

    private SmsTexts() {
    }

    static String verificationCode(String code, Duration validity) {
        long minutes = (validity.toSeconds() + 59) / 60; // rounded up: never "0 minutes"
        return SIGNATURE + "您的验证码为" + code + "，" + minutes + "分钟内有效。请勿告诉他人。";
    }

    static String orderRejected(String orderNumber, String reason) {
        return SIGNATURE + "您的订单" + orderNumber + "未通过审核，原因：" + reason + "。请登录平台修改后重新提交，无需再次付款。";
    }

    static String sealsCancelled(String orderNumber, String seals) {
        return SIGNATURE + "您的" + seals + "已注销（订单" + orderNumber + "），证书已吊销，不可恢复。如非本人操作，请立即联系平台客服。";
    }

    static String parcelShipped(String orderNumber, String waybill, String trackingLink, String pin) {
        return SIGNATURE + "您的订单" + orderNumber + "的ukey已由顺丰寄出，运单号" + waybill + "，查询：" + trackingLink + "。"
                + pinNote(pin) + "收到后请登录平台确认收货，确认后印章证书即生效。";
    }

    /** The shipped template's {@code pin} parameter: the first PIN, or where to find it when sent again. */
    static String pinNote(String pin) {
        return pin == null ? "ukey初始密码见首次发货短信。" : "ukey初始密码：" + pin + "，请妥善保管、及时修改。";
    }

    static String parcelDelivered(String orderNumber) {
        return SIGNATURE + "顺丰显示您的订单" + orderNumber + "的ukey已签收。请登录平台确认收货，确认后印章证书即生效。";
    }

    static String parcelReturned(String orderNumber, String reason) {
        return SIGNATURE + "您的订单" + orderNumber + "的ukey快件被退回，原因：" + reason + "。请登录平台核对邮寄地址，我们将重新寄出。";
    }

    static String expiryReminder(String seals, LocalDate expiry, long daysLeft, String link) {
        return SIGNATURE + "您的" + seals + "的证书将于" + date(expiry) + "到期（剩余" + daysLeft + "天），到期后不能用于投标签章。请登录"
                + link + "办理续期。";
    }

    /** A date as the texts write it: 2027年12月4日. */
    static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** The account-change template's parameter ({@code change}) when the password was changed. */
    static String passwordChange() {
        return "登录密码已修改";
    }

    /** The account-change template's parameter when the account moved to another number. */
    static String mobileChange(MobileNumber newMobile) {
        return "绑定手机号已更换为" + newMobile.masked();
    }

    static String accountChanged(String change) {
        return SIGNATURE + "您的账户" + change + "。如非本人操作，请立即联系平台客服。";
    }
}
