package org.sealdesk.account;

import java.util.Map;
import java.util.logging.Logger;
import org.sealdesk.aliyun.AliyunRpc;
import org.sealdesk.aliyun.AliyunUnreachable;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.identity.IdCardNumber;
import org.sealdesk.identity.PersonName;
import org.sealdesk.platform.JsonAnswers;

/**
 * Alibaba Cloud ID Verification (实人认证, Cloudauth 2019-03-07), action Id2MetaStandardVerify: name and ID number in
 * clear ({@code ParamType=normal}); {@code ResultObject.BizCode} 1 consistent, 2 inconsistent, 3 no record. The
 * authority being down, or the provider unreachable, is "try again later", never a pass; a refusal of our own
 * account's access is logged for the operators and shown to the applicant as the service being unavailable.
 */
public class AliyunIdentityVerifier implements IdentityVerifier {

    public static final String VERSION = "2019-03-07";
    private static final Logger LOG = Logger.getLogger(AliyunIdentityVerifier.class.getName());

    private final AliyunRpc rpc;

    public AliyunIdentityVerifier(AliyunRpc rpc) {
        this.rpc = rpc;
    }

    @Override
    public Verification verify(PersonName name, IdCardNumber number) {
        AliyunRpc.Answer answer;
        try {
            answer = rpc.call("Id2MetaStandardVerify", Map.of("ParamType", "normal", "IdentifyNum", number.value(),
                    "UserName", name.value()));
        } catch (AliyunUnreachable e) {
            LOG.warning(() -> "ID Verification unreachable: " + e.getMessage());
            throw new RuleViolation("realName.providerDown");
        }
        String code = answer.code();
        if (code.equals("200")) {
            return switch (JsonAnswers.text(answer.body().getJsonObject("ResultObject"), "BizCode")) {
                case "1" -> new Verification(IdentityCheck.PROVIDER_MATCH, answer.requestId());
                case "2" -> throw new RuleViolation("realName.mismatch").about("idNumber");
                case "3" -> throw new RuleViolation("realName.noRecord").about("idNumber");
                default -> throw unexpected(answer);
            };
        }
        if (code.equals("InvalidParameter") || code.equals("MissingParameter")) {
            throw new RuleViolation("realName.invalid").about("idNumber");
        }
        if (code.equals("Forbidden.ExceptionDataSource") || code.equals("Forbidden.ExceptionRepeatedInvoke")
                || answer.status() >= 500) {
            LOG.warning(() -> "ID Verification: the authority is unavailable (" + code + ", request "
                    + answer.requestId() + ")");
            throw new RuleViolation("realName.providerDown");
        }
        throw unexpected(answer);
    }

    /** Our account's access refused (Forbidden.*), a throttle, or anything else: for the operators to mend. */
    private static RuleViolation unexpected(AliyunRpc.Answer answer) {
        LOG.severe(() -> "ID Verification refused the platform: HTTP " + answer.status() + " " + answer.code() + " "
                + answer.message() + " (request " + answer.requestId() + ")");
        return new RuleViolation("realName.providerRefused");
    }

    @Override
    public String describe() {
        return "Alibaba Cloud ID Verification (Cloudauth " + VERSION + ", Id2MetaStandardVerify) at " + rpc.endpoint()
                + ": name and number matched against the authority (PROVIDER_MATCH)";
    }
}
