package org.sealdesk.connector.local;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;
import org.sealdesk.token.Certificates;
import org.sealdesk.token.ConnectorRelease;
import org.sealdesk.token.FormerCertificateProof;
import org.sealdesk.token.KeyAlgorithm;
import org.sealdesk.token.SealSlot;
import org.sealdesk.token.TicketException;
import org.sealdesk.token.Tickets;
import org.sealdesk.token.Tickets.Operation;
import org.sealdesk.token.Tickets.Secret;
import org.sealdesk.token.Token;
import org.sealdesk.token.TokenException;
import org.sealdesk.token.TokenInfo;
import org.sealdesk.token.TokenSource;

/**
 * The applet's replacement: a JSON API on 127.0.0.1 for the platform's pages. Only the configured
 * origins are answered (CORS, with Private Network Access preflights); the Host must be the
 * loopback address (no DNS rebinding). Operations that change the ukey or sign with a seal's key need a
 * server ticket ({@link Tickets}), and sign only messages the connector builds itself. Token operations
 * run one at a time. PINs are never logged.
 */
public final class ConnectorServer implements AutoCloseable {

    public static final String VERSION = "1";
    private static final Logger LOG = Logger.getLogger(ConnectorServer.class.getName());
    private static final int MAX_BODY = 1 << 20;

    private final TokenSource tokens;
    private final Set<String> origins;
    private final Tickets tickets;
    private final HttpServer http;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    public ConnectorServer(TokenSource tokens, Set<String> origins, Tickets tickets, int port) throws IOException {
        this.tokens = tokens;
        this.origins = Set.copyOf(origins);
        this.tickets = tickets;
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        http.createContext("/", this::handle);
        http.setExecutor(workers);
        http.start();
        LOG.info(() -> "ukey connector listening on http://127.0.0.1:" + port() + " for " + this.origins);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
        workers.shutdown();
        tokens.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            if (origin == null || !origins.contains(origin) || !loopbackHost(exchange)) {
                LOG.warning(() -> "refused " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                        + " from origin " + origin);
                send(exchange, null, Problems.of(new ConnectorException(ConnectorError.ORIGIN_REFUSED, "origin")));
                return;
            }
            if (exchange.getRequestMethod().equals("OPTIONS")) {
                preflight(exchange, origin);
                return;
            }
            try {
                JsonObject answer = route(exchange, origin);
                send(exchange, origin, 200, answer);
            } catch (TokenException refused) {
                LOG.info(() -> describe(exchange) + ": " + refused.error());
                send(exchange, origin, Problems.of(refused));
            } catch (TicketException refused) {
                LOG.info(() -> describe(exchange) + ": ticket " + refused.reason());
                send(exchange, origin, Problems.of(refused));
            } catch (ConnectorException refused) {
                LOG.info(() -> describe(exchange) + ": " + refused.error());
                send(exchange, origin, Problems.of(refused));
            }
        }
    }

    /** CORS and Private Network Access: a page on the platform may call this loopback service. */
    private void preflight(HttpExchange exchange, String origin) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        allowOrigin(headers, origin);
        headers.set("Access-Control-Allow-Methods", "GET, POST, PUT");
        headers.set("Access-Control-Allow-Headers", "Content-Type");
        headers.set("Access-Control-Max-Age", "600");
        if ("true".equals(exchange.getRequestHeaders().getFirst("Access-Control-Request-Private-Network"))) {
            headers.set("Access-Control-Allow-Private-Network", "true");
        }
        exchange.sendResponseHeaders(204, -1);
    }

    private boolean loopbackHost(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        return host != null && (host.equals("127.0.0.1:" + port()) || host.equals("localhost:" + port()));
    }

    private JsonObject route(HttpExchange exchange, String origin) throws IOException {
        String method = exchange.getRequestMethod();
        List<String> path = List.of(exchange.getRequestURI().getPath().replaceAll("^/+|/+$", "").split("/"));
        if (path.size() < 2 || !path.get(0).equals("v" + VERSION)) {
            throw new ConnectorException(ConnectorError.NOT_FOUND, "no such path");
        }
        synchronized (tokens) {
            String resource = String.join("/", path.subList(1, Math.min(path.size(), 2)));
            if (path.size() == 2 && method.equals("GET") && resource.equals("tokens")) {
                return Json.createObjectBuilder().add("tokens", Json.createArrayBuilder(
                        tokens.tokens().stream().map(token -> json(token.info())).toList())).build();
            }
            if (path.size() == 2 && method.equals("GET") && resource.equals("about")) {
                return Json.createObjectBuilder().add("release", ConnectorRelease.CURRENT).build();
            }
            if (path.size() == 2 && method.equals("GET") && resource.equals("token")) {
                return Json.createObjectBuilder().add("token", json(tokens.single().info())).build();
            }
            if (path.size() == 2 && method.equals("POST") && resource.equals("exchange-key")) {
                return Json.createObjectBuilder().add("exchangeKey", Base64.getEncoder().encodeToString(
                        tickets.newExchangeKey().getEncoded())).build();
            }
            if (path.size() < 4 || !resource.equals("tokens")) {
                throw new ConnectorException(ConnectorError.NOT_FOUND, "no such path");
            }
            String serial = path.get(2);
            Token token = tokens.bySerial(serial);
            JsonObject body = method.equals("GET") ? Json.createObjectBuilder().build() : body(exchange);
            JsonObjectBuilder answer = Json.createObjectBuilder();
            String operation;
            if (path.size() == 6 && path.get(3).equals("seals")) {
                SealSlot slot = slot(path.get(4));
                operation = method + " seals/" + slot.pathName() + "/" + path.get(5);
                sealOperation(method + " " + path.get(5), token, slot, body, origin, answer);
            } else if (path.size() == 4) {
                operation = method + " " + path.get(3);
                tokenOperation(operation, token, body, origin, answer);
            } else {
                throw new ConnectorException(ConnectorError.NOT_FOUND, "no such path");
            }
            LOG.info(() -> operation + " on token " + serial + ": done");
            return answer.add("token", json(token.info())).build();
        }
    }

    private void tokenOperation(String operation, Token token, JsonObject body, String origin, JsonObjectBuilder answer) {
        switch (operation) {
            case "POST verify-pin" -> token.verifyPin(pin(body, "pin"));
            case "POST change-pin" -> token.changePin(pin(body, "oldPin"), pin(body, "newPin"));
            case "GET certificates" -> {
                JsonArrayBuilder certificates = Json.createArrayBuilder();
                token.certificates().forEach((slot, certificate) -> certificates.add(Json.createObjectBuilder()
                        .add("slot", slot.pathName()).add("certificate", base64(Certificates.der(certificate)))));
                answer.add("certificates", certificates);
            }
            case "POST unlock" -> {
                Tickets.Redeemed ticket = redeem(body, Operation.UNLOCK, token, null);
                token.unlock(ticket.secret(Secret.SO_PIN), ticket.secret(Secret.NEW_SO_PIN));
                // Proof for the server, which keeps the old SO PIN until it sees that the new one took.
                JsonObjectBuilder proofs = Json.createObjectBuilder();
                for (SealSlot slot : token.certificates().keySet()) {
                    proofs.add(slot.pathName(), base64(token.sign(Token.DEFAULT_USER_PIN.toCharArray(), slot,
                            Tickets.challenge(origin, ticket.ticket().nonce()))));
                }
                answer.add("proofs", proofs);
            }
            case "POST former-certificate" -> {
                Tickets.Redeemed ticket = redeem(body, Operation.FORMER_CERTIFICATE, token, null);
                FormerCertificateProof proof = token.proveFormerCertificate(pin(body, "pin"),
                        Tickets.challenge(origin, ticket.ticket().nonce()));
                answer.add("certificate", base64(Certificates.der(proof.certificate())))
                        .add("signature", base64(proof.signature()));
            }
            case "POST initialise" -> {
                Tickets.Redeemed ticket = redeem(body, Operation.INITIALISE, token, null);
                answer.add("initialised", json(token.initialise(text(body, "label"), ticket.secret(Secret.SO_PIN),
                        ticket.secret(Secret.USER_PIN))));
            }
            default -> throw new ConnectorException(ConnectorError.NOT_FOUND, "no such operation");
        }
    }

    /** The operations on one seal's key pair, certificate and seal; those that change the ukey or sign need a ticket. */
    private void sealOperation(String operation, Token token, SealSlot slot, JsonObject body, String origin,
            JsonObjectBuilder answer) {
        switch (operation) {
            case "POST key-pair" -> {
                Tickets.Redeemed ticket = redeem(body, Operation.KEY_PAIR, token, slot);
                answer.add("csr", base64(token.generateKeyPair(userPin(ticket, body), slot, algorithm(body),
                        text(body, "subject"))));
            }
            case "PUT certificate" -> {
                Tickets.Redeemed ticket = redeem(body, Operation.CERTIFICATE, token, slot);
                token.writeCertificate(userPin(ticket, body), slot, certificate(bytes(body, "certificate")));
            }
            case "GET certificate" -> token.readCertificate(slot).ifPresent(certificate -> answer.add("certificate",
                    base64(Certificates.der(certificate))));
            case "PUT seal" -> {
                Tickets.Redeemed ticket = redeem(body, Operation.SEAL, token, slot);
                char[] pin = userPin(ticket, body);
                token.writeSeal(pin, slot, bytes(body, "seal"));
                answer.add("proof", base64(token.sign(pin, slot, Tickets.challenge(origin, ticket.ticket().nonce()))));
            }
            case "GET seal" -> token.readSeal(slot).ifPresent(seal -> answer.add("seal", base64(seal)));
            case "POST challenge" -> {
                Tickets.Redeemed ticket = redeem(body, Operation.CHALLENGE, token, slot);
                answer.add("signature", base64(token.sign(userPin(ticket, body), slot, Tickets.challenge(origin,
                        ticket.ticket().nonce()))));
            }
            default -> throw new ConnectorException(ConnectorError.NOT_FOUND, "no such operation");
        }
    }

    private Tickets.Redeemed redeem(JsonObject body, Operation operation, Token token, SealSlot slot) {
        return tickets.redeem(body.getString("ticket", ""), operation, token.info(), slot);
    }

    private static SealSlot slot(String name) {
        try {
            return SealSlot.ofPathName(name);
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(ConnectorError.NOT_FOUND, "no seal slot " + name);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static JsonObject body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new ConnectorException(ConnectorError.BAD_REQUEST, "body too large");
            }
            return Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8))).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ConnectorException(ConnectorError.BAD_REQUEST, "not a JSON object");
        }
    }

    private static String text(JsonObject body, String field) {
        try {
            return body.getString(field);
        } catch (NullPointerException | ClassCastException e) {
            throw new ConnectorException(ConnectorError.BAD_REQUEST, "missing " + field);
        }
    }

    /** The user PIN the server put in the ticket (production: nobody at the PC knows it), else the one typed. */
    private static char[] userPin(Tickets.Redeemed ticket, JsonObject body) {
        char[] fromServer = ticket.secrets().get(Secret.USER_PIN);
        return fromServer != null ? fromServer : pin(body, "pin");
    }

    private static char[] pin(JsonObject body, String field) {
        return text(body, field).toCharArray();
    }

    private static byte[] bytes(JsonObject body, String field) {
        try {
            return Base64.getDecoder().decode(text(body, field));
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(ConnectorError.BAD_REQUEST, field + " is not base64");
        }
    }

    private static KeyAlgorithm algorithm(JsonObject body) {
        try {
            return KeyAlgorithm.valueOf(text(body, "algorithm"));
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(ConnectorError.BAD_REQUEST, "algorithm is one of RSA_2048, EC_P256, SM2");
        }
    }

    private static X509Certificate certificate(byte[] der) {
        try {
            return Certificates.parse(der);
        } catch (CertificateException e) {
            throw new ConnectorException(ConnectorError.BAD_REQUEST, "not an X.509 certificate");
        }
    }

    private static JsonObject json(TokenInfo info) {
        JsonObjectBuilder pin = Json.createObjectBuilder().add("countLow", info.pin().countLow())
                .add("locked", info.pin().locked()).add("isDefault", info.pin().isDefault());
        if (info.pin().triesLeft() != null) {
            pin.add("triesLeft", info.pin().triesLeft());
        }
        return Json.createObjectBuilder().add("serial", info.serial()).add("label", info.label())
                .add("manufacturer", info.manufacturer()).add("model", info.model())
                .add("initialised", info.initialised()).add("pin", pin).build();
    }

    private static String describe(HttpExchange exchange) {
        return exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
    }

    private static void allowOrigin(Headers headers, String origin) {
        headers.set("Access-Control-Allow-Origin", origin);
        headers.set("Vary", "Origin");
    }

    private static void send(HttpExchange exchange, String origin, Problems.Problem problem) throws IOException {
        JsonObjectBuilder body = Json.createObjectBuilder().add("error", problem.code()).add("message", problem.message());
        if (problem.triesLeft() != null) {
            body.add("triesLeft", problem.triesLeft());
        }
        send(exchange, origin, problem.status(), body.build());
    }

    private static void send(HttpExchange exchange, String origin, int status, JsonObject body) throws IOException {
        if (origin != null) {
            allowOrigin(exchange.getResponseHeaders(), origin);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
