package org.sealdesk.connector.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import org.sealdesk.token.JoinedTokens;
import org.sealdesk.token.Pkcs11Tokens;
import org.sealdesk.token.SoftwareTokens;
import org.sealdesk.token.Tickets;
import org.sealdesk.token.TokenException;
import org.sealdesk.token.TokenSource;
import org.sealdesk.token.UnavailableTokens;

/**
 * {@code java -jar connector.jar --origin https://… --ticket-key server.pem [--pkcs11 LIB… | --software-tokens DIR
 * [--blank N]] [--data DIR]}
 */
public final class ConnectorMain {

    static final int DEFAULT_PORT = 17990;
    private static final Logger LOG = Logger.getLogger(ConnectorMain.class.getName());

    private ConnectorMain() {
    }

    public static void main(String[] args) throws Exception {
        ConnectorServer server;
        try {
            server = start(args, System.out);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.err.println("java -jar connector.jar --help explains the options.");
            System.exit(2);
            return;
        }
        if (server == null) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        new CountDownLatch(1).await();
    }

    /** @return the running server, or null when only the help was asked for */
    static ConnectorServer start(String[] args, PrintStream out) throws IOException {
        int port = DEFAULT_PORT;
        Set<String> origins = new LinkedHashSet<>();
        Path ticketKey = null;
        List<Path> pkcs11 = new ArrayList<>();
        Path softwareTokens = null;
        Path data = Path.of(System.getProperty("user.home"), ".sealdesk");
        int blank = 0;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                out.print(help());
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> port = Integer.parseInt(value);
                case "--origin" -> origins.addAll(Arrays.stream(value.split(",")).map(String::strip)
                        .filter(o -> !o.isEmpty()).toList());
                case "--ticket-key" -> ticketKey = Path.of(value);
                case "--pkcs11" -> pkcs11.add(Path.of(value));
                case "--software-tokens" -> softwareTokens = Path.of(value);
                case "--blank" -> blank = Integer.parseInt(value);
                case "--data" -> data = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("--origin is required: the SealDesk site(s) allowed to use this connector");
        }
        if (ticketKey == null) {
            throw new IllegalArgumentException("--ticket-key is required: the SealDesk server's public key (PEM)");
        }
        if (blank > 0 && (!pkcs11.isEmpty() || softwareTokens == null)) {
            throw new IllegalArgumentException("--blank goes with --software-tokens: blank ukeys are software tokens");
        }
        TokenSource tokens = pkcs11.size() == 1 ? pkcs11(pkcs11.get(0))
                : pkcs11.size() > 1 ? new JoinedTokens(pkcs11.stream().map(ConnectorMain::pkcs11).toList())
                : softwareTokens(softwareTokens != null ? softwareTokens : data.resolve("tokens"), blank);
        return new ConnectorServer(tokens, origins, new Tickets(publicKey(ticketKey), Clock.systemUTC(),
                data.resolve("used-tickets")), port);
    }

    /** Software tokens, with at least {@code blank} blank ones with factory serials for trying production. */
    private static SoftwareTokens softwareTokens(Path directory, int blank) {
        SoftwareTokens tokens = new SoftwareTokens(directory);
        long present = tokens.tokens().stream().filter(token -> !token.info().initialised()).count();
        for (long i = present; i < blank; i++) {
            String serial = tokens.addBlankWithFactorySerial();
            LOG.info(() -> "blank software ukey " + serial + " in " + directory);
        }
        return tokens;
    }

    /** A missing vendor library does not stop the connector: the pages are told, and can tell the user. */
    private static TokenSource pkcs11(Path library) {
        try {
            return Pkcs11Tokens.open(library);
        } catch (TokenException missing) {
            LOG.warning(missing.getMessage() + " — every request will say so until the vendor's driver is installed");
            return new UnavailableTokens(missing);
        }
    }

    static PublicKey publicKey(Path pem) throws IOException {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException(pem + " holds no EC public key (PEM, SubjectPublicKeyInfo)");
        }
    }

    static String help() {
        return """
                SealDesk ukey connector: lets the SealDesk site use the ukey in this PC (replaces the browser applet).

                java -jar connector.jar --origin URL[,URL…] --ticket-key FILE [options]

                  --origin URL           the SealDesk site(s) allowed to call the connector, e.g. https://seal.example.cn
                                         (scheme, host and port exactly as the browser shows them)
                  --ticket-key FILE      the SealDesk server's public key (PEM): operations that change the ukey
                                         or sign with a seal's key need a ticket signed with it
                  --pkcs11 FILE          the ukey vendor's PKCS#11 library (.dll on Windows, .so on Linux);
                                         given twice, both: e.g. SealDesk's ukeys and the former CA's (ukey 更换)
                  --software-tokens DIR  without a PKCS#11 library: software tokens kept in DIR
                                         (default DATA/tokens); not hardware, for trying SealDesk out
                  --blank N              with --software-tokens: make sure N blank ukeys with factory serials
                                         are there, so production can be tried without a ukey
                  --data DIR             where the connector keeps the tickets it has used (default ~/.sealdesk)
                  --port N               the port on 127.0.0.1 (default %d)
                  --help                 this text

                It listens on 127.0.0.1 only and answers only the given origins. PINs are never logged.
                """.formatted(DEFAULT_PORT);
    }
}
