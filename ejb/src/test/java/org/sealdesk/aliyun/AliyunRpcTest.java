package org.sealdesk.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The shared RPC client's pieces; whole calls are checked by each product's adapter test against FakeAliyun. */
class AliyunRpcTest {

    @Test
    void encodesAsTheProviderSpecifies() {
        assertEquals("a%20b%2Ac~d%2F%3D", AliyunRpc.percentEncode("a b*c~d/="));
    }

    @Test
    void readsACodeWhetherAStringOrANumber() {
        assertEquals("200", answer("{\"Code\":200}").code(), "ID Verification's example answers a number");
        assertEquals("OK", answer("{\"Code\":\"OK\"}").code());
        assertEquals("", answer("{}").code());
    }

    private static AliyunRpc.Answer answer(String json) {
        return new AliyunRpc.Answer(200, Json.createReader(new StringReader(json)).readObject());
    }
}
