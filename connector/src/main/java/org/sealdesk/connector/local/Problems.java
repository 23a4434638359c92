package org.sealdesk.connector.local;

import java.util.Map;
import org.sealdesk.token.TicketException;
import org.sealdesk.token.TokenError;
import org.sealdesk.token.TokenException;

/** Each refusal's HTTP status and the Chinese sentence a page can show as it is. */
final class Problems {

    record Problem(int status, String code, String message, Integer triesLeft) {
    }

    private static final Map<TokenError, Integer> TOKEN_STATUS = Map.of(TokenError.NO_TOKEN, 404,
            TokenError.SEVERAL_TOKENS, 409, TokenError.WRONG_PIN, 403, TokenError.PIN_LOCKED, 423,
            TokenError.PIN_INVALID, 400, TokenError.NOT_INITIALISED, 409, TokenError.UNSUPPORTED_ALGORITHM, 422,
            TokenError.LIBRARY_MISSING, 503, TokenError.NOT_FOUND, 404, TokenError.TOKEN_FAILURE, 500);

    private static final Map<TokenError, String> TOKEN_TEXT = Map.of(
            TokenError.NO_TOKEN, "未检测到 ukey，请插入 ukey 后重试。",
            TokenError.SEVERAL_TOKENS, "检测到多个 ukey，请只插入一个 ukey。",
            TokenError.WRONG_PIN, "PIN 码错误。",
            TokenError.PIN_LOCKED, "PIN 码已锁定，请办理印章解锁。",
            TokenError.PIN_INVALID, "PIN 码须为 6 至 16 位。",
            TokenError.NOT_INITIALISED, "该 ukey 尚未初始化。",
            TokenError.UNSUPPORTED_ALGORITHM, "该 ukey 不支持此密钥算法。",
            TokenError.LIBRARY_MISSING, "未找到 ukey 驱动（PKCS#11 库），请安装 ukey 厂商的驱动程序。",
            TokenError.NOT_FOUND, "ukey 中没有该数据。",
            TokenError.TOKEN_FAILURE, "ukey 操作失败，请重新插拔 ukey 后重试。");

    private static final Map<ConnectorError, String> CONNECTOR_TEXT = Map.of(
            ConnectorError.ORIGIN_REFUSED, "该网站未获授权使用 ukey 助手。",
            ConnectorError.BAD_REQUEST, "请求格式不正确。",
            ConnectorError.NOT_FOUND, "ukey 助手没有该功能。",
            ConnectorError.TICKET_INVALID, "授权凭证无效，请在网页上重新操作。",
            ConnectorError.TICKET_EXPIRED, "授权凭证已过期，请在网页上重新操作。",
            ConnectorError.TICKET_REPLAYED, "授权凭证已使用过，请在网页上重新操作。",
            ConnectorError.TICKET_MISMATCH, "授权凭证与当前 ukey、印章或操作不符。");

    private Problems() {
    }

    static Problem of(TokenException refused) {
        String text = TOKEN_TEXT.get(refused.error());
        if (refused.error() == TokenError.WRONG_PIN && refused.triesLeft() != null) {
            text = "PIN 码错误，还可尝试 " + refused.triesLeft() + " 次。";
        }
        return new Problem(TOKEN_STATUS.get(refused.error()), refused.error().name(), text, refused.triesLeft());
    }

    static Problem of(TicketException refused) {
        return of(new ConnectorException(switch (refused.reason()) {
            case INVALID -> ConnectorError.TICKET_INVALID;
            case EXPIRED -> ConnectorError.TICKET_EXPIRED;
            case REPLAYED -> ConnectorError.TICKET_REPLAYED;
            case MISMATCH -> ConnectorError.TICKET_MISMATCH;
        }, refused.getMessage()));
    }

    static Problem of(ConnectorException refused) {
        int status = switch (refused.error()) {
            case BAD_REQUEST -> 400;
            case NOT_FOUND -> 404;
            default -> 403;
        };
        return new Problem(status, refused.error().name(), CONNECTOR_TEXT.get(refused.error()), null);
    }
}
