package org.sealdesk.aliyun;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Alibaba Cloud ID Verification's Id2MetaStandardVerify on a {@link FakeAliyun}, answering as its documentation
 * shows: the authority knows the numbers {@link #register}ed (BizCode 1 for their name, 2 for another) and,
 * for any other number, the name given (1) — except that a name starting 查无 is not on record (3), 权威源故障 finds
 * the authority down (HTTP 500 Forbidden.ExceptionDataSource) and 参数错误 is refused (HTTP 401 InvalidParameter).
 */
public final class FakeCloudauth {

    private final FakeAliyun endpoint;
    private final Map<String, String> registry = new ConcurrentHashMap<>();

    private FakeCloudauth(int port) {
        endpoint = FakeAliyun.start(port).on("Id2MetaStandardVerify", query -> answer(query.get("UserName"),
                query.get("IdentifyNum"), query.get("ParamType"), query.get("Version")));
    }

    /** @param port 0 for any free one */
    public static FakeCloudauth start(int port) {
        return new FakeCloudauth(port);
    }

    /** The authority's record: this number belongs to this name. */
    public void register(String idNumber, String name) {
        registry.put(idNumber, name);
    }

    public FakeAliyun endpoint() {
        return endpoint;
    }

    private FakeAliyun.Reply answer(String name, String number, String paramType, String version) {
        String requestId = UUID.randomUUID().toString().toUpperCase();
        if (!"2019-03-07".equals(version) || !"normal".equals(paramType) || name == null || number == null
                || name.startsWith("参数错误")) {
            return new FakeAliyun.Reply(401, "{\"RequestId\":\"" + requestId + "\",\"Code\":\"InvalidParameter\","
                    + "\"Message\":\"非法参数\"}");
        }
        if (name.startsWith("权威源故障")) {
            return new FakeAliyun.Reply(500, "{\"RequestId\":\"" + requestId + "\",\"Code\":\"Forbidden.ExceptionDataSource\","
                    + "\"Message\":\"权威源服务异常\"}");
        }
        int bizCode = name.startsWith("查无") ? 3 : name.equals(registry.getOrDefault(number, name)) ? 1 : 2;
        return new FakeAliyun.Reply(200, "{\"RequestId\":\"" + requestId + "\",\"Code\":\"200\",\"Message\":\"success\","
                + "\"ResultObject\":{\"BizCode\":\"" + bizCode + "\"}}");
    }
}
