package org.sealdesk.aliyun;

import com.aliyuncs.auth.HmacSHA1Signer;
import com.aliyuncs.auth.RpcSignatureComposer;
import com.aliyuncs.http.MethodType;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An Alibaba Cloud RPC endpoint on loopback, as its products answer: it checks each request's signature with
 * Alibaba Cloud's own SDK (not with the adapter's signer), then hands the request to the action's handler.
 */
public final class FakeAliyun implements AutoCloseable {

    public static final String KEY_ID = "testid";
    public static final String SECRET = "testsecret";

    /** An HTTP status and JSON body. */
    public record Reply(int status, String body) {
    }

    private final HttpServer server;
    private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Map<String, String>, Reply>> actions = new ConcurrentHashMap<>();

    private FakeAliyun(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Map<String, String> query = new TreeMap<>();
            for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
            received.add(query);
            Map<String, String> signed = new TreeMap<>(query);
            String signature = signed.remove("Signature");
            String expected = new HmacSHA1Signer().signString(RpcSignatureComposer.getComposer()
                    .composeStringToSign(MethodType.GET, null, new HmacSHA1Signer(), signed, null, null), SECRET + "&");
            Reply reply;
            if (!expected.equals(signature) || !KEY_ID.equals(query.get("AccessKeyId"))) {
                reply = new Reply(400, "{\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"Specified signature is not "
                        + "matched with our calculation.\",\"RequestId\":\"r-signature\"}");
            } else {
                reply = actions.getOrDefault(query.get("Action"), q -> new Reply(404,
                        "{\"Code\":\"InvalidAction.NotFound\",\"Message\":\"no such action\",\"RequestId\":\"r-action\"}"))
                        .apply(query);
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    /** @param port 0 for any free one */
    public static FakeAliyun start(int port) {
        return new FakeAliyun(port);
    }

    public FakeAliyun on(String action, Function<Map<String, String>, Reply> handler) {
        actions.put(action, handler);
        return this;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Every request's parameters, signature included, in arrival order. */
    public List<Map<String, String>> received() {
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
