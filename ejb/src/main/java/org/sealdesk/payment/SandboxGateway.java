package org.sealdesk.payment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.payment.wechat.PlatformKeys;
import org.sealdesk.payment.wechat.SignedMessage;
import org.sealdesk.payment.wechat.WechatPayProtocol;

/**
 * The built-in gateway: a simulated WeChat Pay inside SealDesk. It keeps its own trades, and the
 * sandbox page pays them; it then reports the money as WeChat Pay does, by a notification signed
 * with its own platform key and encrypted with its own APIv3 key, which SealDesk verifies through
 * the same code as a real one. Nothing is charged.
 */
@ApplicationScoped
@Typed(SandboxGateway.class)
// A refused notification must not roll back the caller's transaction: its audit row has to stay.
@Transactional(dontRollbackOn = RuleViolation.class)
public class SandboxGateway implements PaymentGateway {

    public static final String NAME = "sandbox";
    static final String MCHID = "sandbox-merchant";
    static final String APPID = "sandbox-app";
    /** Its key's id, in the form of a WeChat Pay public key's (public-key mode, as new merchants have). */
    static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0100000000000000000000000000";
    /** The one payer who pays in the sandbox, as WeChat Pay names payers: an openid. */
    static final String PAYER_OPENID = "oSANDBOX0payer0000000000000";
    private static final String PRINTABLE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /** The QR code and the link on the pay page lead here, relative to the site. */
    public static final String PAY_PAGE = "/sandbox/pay.xhtml?trade=";

    @PersistenceContext(unitName = "sealdesk")
    EntityManager em;

    @Inject
    Clock clock;

    private KeyPair platformKey;
    private byte[] apiV3Key;

    @PostConstruct
    void generateKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            platformKey = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        // 32 printable characters, like the APIv3 key a merchant sets (the official SDK takes no other).
        SecureRandom random = new SecureRandom();
        apiV3Key = random.ints(32, 0, PRINTABLE.length()).map(PRINTABLE::charAt)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                .getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String describe() {
        return "built-in sandbox (simulated WeChat Pay: nothing is charged; the pay page links to the sandbox)";
    }

    @Override
    public String prepay(PrepayRequest request) {
        em.persist(new SandboxTrade(request.outTradeNo(), request.description(), request.amount(), request.expiresAt()));
        return PAY_PAGE + request.outTradeNo();
    }

    @Override
    public GatewayTrade query(String outTradeNo) {
        return view(trade(outTradeNo));
    }

    @Override
    public boolean close(String outTradeNo) {
        SandboxTrade trade = em.find(SandboxTrade.class, outTradeNo, LockModeType.PESSIMISTIC_WRITE);
        if (trade == null) {
            throw new GatewayException("ORDER_NOT_EXIST", outTradeNo);
        }
        if (trade.getState().isPaid()) {
            return false;
        }
        trade.close();
        return true;
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        SandboxTrade trade = em.find(SandboxTrade.class, request.outTradeNo(), LockModeType.PESSIMISTIC_WRITE);
        if (trade == null) {
            throw new GatewayException("ORDER_NOT_EXIST", request.outTradeNo());
        }
        try {
            trade.refund(request.refund());
        } catch (RuleViolation refused) {
            throw new GatewayException("NOT_ENOUGH", "refund refused for " + request.outTradeNo());
        }
        return new RefundResult("SANDBOX-" + request.outRefundNo(), RefundStatus.SUCCEEDED);
    }

    @Override
    public GatewayTrade verifiedNotification(GatewayMessage notification) {
        SignedMessage signed = SignedMessage.of(notification);
        WechatPayProtocol.verify(signed, PlatformKeys.publicKey(PUBLIC_KEY_ID, platformKey.getPublic()), clock.instant());
        return WechatPayProtocol.notifiedTrade(signed.body(), apiV3Key, MCHID);
    }

    @Override
    public NotificationReply reply(int status, String reason) {
        return WechatPayProtocol.notificationReply(status, reason);
    }

    /** The sandbox page's view of a trade; an unknown trade number is "not found". */
    public SandboxTrade trade(String outTradeNo) {
        SandboxTrade trade = outTradeNo == null ? null : em.find(SandboxTrade.class, outTradeNo);
        if (trade == null) {
            throw new RuleViolation("sandbox.tradeNotFound");
        }
        return trade;
    }

    /** The payer confirms: the trade is paid (committed on its own, like at a real gateway). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void pay(String outTradeNo) {
        SandboxTrade trade = em.find(SandboxTrade.class, outTradeNo, LockModeType.PESSIMISTIC_WRITE);
        if (trade == null) {
            throw new RuleViolation("sandbox.tradeNotFound");
        }
        Instant now = clock.instant();
        trade.pay("SANDBOX" + now.toEpochMilli() + WechatPayProtocol.nonce().substring(0, 6), now);
    }

    /** A signed TRANSACTION.SUCCESS notification for a paid trade; sent again on request, as WeChat Pay retries. */
    public GatewayMessage notificationFor(String outTradeNo) {
        SandboxTrade trade = trade(outTradeNo);
        if (trade.getState() != TradeState.SUCCESS) {
            throw new RuleViolation("sandbox.tradeNotPaid", outTradeNo);
        }
        return notification(view(trade)).asMessage();
    }

    SignedMessage notification(GatewayTrade paid) {
        Instant now = clock.instant();
        String body = WechatPayProtocol.notificationBody(apiV3Key,
                WechatPayProtocol.transactionJson(APPID, MCHID, paid, PAYER_OPENID), now);
        return WechatPayProtocol.signed(platformKey.getPrivate(), PUBLIC_KEY_ID, now, body);
    }

    /** What a merchant of the sandbox would configure to check its notifications: its public key… */
    PublicKey publicKey() {
        return platformKey.getPublic();
    }

    /** …and its APIv3 key. */
    String apiV3Key() {
        return new String(apiV3Key, StandardCharsets.US_ASCII);
    }

    private static GatewayTrade view(SandboxTrade trade) {
        return new GatewayTrade(trade.getOutTradeNo(), trade.getState(), trade.getTransactionId(), trade.getAmount(),
                trade.getPaidAt());
    }
}
