package org.sealdesk.token;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The server's tickets for the connector's ukey operations, both sides: the server {@linkplain #issue issues} them
 * with its key, the connector {@linkplain #redeem redeems} them with the server's public key.
 *
 * <p>A ticket is {@code base64url(payload).base64url(signature)}, the signature SHA256withECDSA over the first part;
 * the payload is JSON {@code {"v":2, "order", "attempt", "operation", "serial" (none for a blank ukey), "slot" (none
 * where no seal is concerned), "expires" (epoch seconds, at most two minutes ahead), "nonce", "secrets"?}}. A ticket
 * works once, for that ukey, slot and operation, until it expires; used nonces are kept in a file, so a restart of
 * the connector does not make them new.
 *
 * <p>PINs the server gives the connector travel as {@code secrets}, encrypted to a one-time key pair the connector
 * made for the request ({@link #newExchangeKey}; the page passes its public key to the server): ECDH on P-256 with
 * an ephemeral server key, HKDF-SHA256 salted with the nonce, AES-256-GCM — {@code {"kid", "epk", "iv", "data"}}.
 * The page carries them and cannot read them.
 */
public final class Tickets {

    public static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    /** The longest a ticket may live. */
    public static final Duration LONGEST = Duration.ofMinutes(2);
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final int MAX_EXCHANGE_KEYS = 32;
    private static final byte[] HKDF_INFO = "SealDesk ticket secrets v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The ticketed operations, as the connector's API names them. */
    public enum Operation {
        KEY_PAIR("key-pair"),
        CERTIFICATE("certificate"),
        SEAL("seal"),
        CHALLENGE("challenge"),
        UNLOCK("unlock"),
        INITIALISE("initialise"),
        /** ukey 更换: the former CA's certificate shown and its key signing the challenge. */
        FORMER_CERTIFICATE("former-certificate");

        private final String pathName;

        Operation(String pathName) {
            this.pathName = pathName;
        }

        public String pathName() {
            return pathName;
        }

        static Operation ofPathName(String name) {
            return Arrays.stream(values()).filter(operation -> operation.pathName.equals(name)).findFirst()
                    .orElseThrow(() -> new TicketException(TicketException.Reason.INVALID, "no operation " + name));
        }
    }

    /** PINs only the connector may read. */
    public enum Secret {
        SO_PIN("soPin"),
        NEW_SO_PIN("newSoPin"),
        USER_PIN("userPin");

        private final String field;

        Secret(String field) {
            this.field = field;
        }
    }

    /**
     * What the server allows, once.
     *
     * @param serial the ukey's serial; null for initialising a blank ukey
     * @param slot the seal concerned; null for operations on the whole ukey
     */
    public record Ticket(String order, int attempt, Operation operation, String serial, SealSlot slot, Instant expires,
            String nonce) {

        /** A ticket valid for {@link #LONGEST} from {@code now}, with a fresh nonce. */
        public static Ticket of(String order, int attempt, Operation operation, String serial, SealSlot slot,
                Instant now) {
            byte[] nonce = new byte[16];
            RANDOM.nextBytes(nonce);
            return new Ticket(order, attempt, operation, serial, slot, now.plus(LONGEST),
                    Base64.getUrlEncoder().withoutPadding().encodeToString(nonce));
        }
    }

    /** A redeemed ticket and the secrets it carried. */
    public record Redeemed(Ticket ticket, Map<Secret, char[]> secrets) {

        /** @throws TicketException INVALID when the server did not send it */
        public char[] secret(Secret secret) {
            char[] value = secrets.get(secret);
            if (value == null) {
                throw new TicketException(TicketException.Reason.INVALID, "the ticket carries no " + secret.field);
            }
            return value;
        }
    }

    private record ExchangeKey(PrivateKey key, Instant expires) {
    }

    private final PublicKey serverKey;
    private final Clock clock;
    private final Path usedNonces;
    /** Nonces used, with their ticket's expiry. */
    private final Map<String, Instant> used = new LinkedHashMap<>();
    private final Map<String, ExchangeKey> exchangeKeys = new LinkedHashMap<>();

    /** The connector's side: tickets signed by {@code serverKey}, used nonces kept in {@code usedNonces}. */
    public Tickets(PublicKey serverKey, Clock clock, Path usedNonces) {
        this.serverKey = serverKey;
        this.clock = clock;
        this.usedNonces = usedNonces;
        load();
    }

    /** The server's side: a signed ticket without secrets. */
    public static String issue(PrivateKey serverKey, Ticket ticket) {
        return issue(serverKey, ticket, null, Map.of());
    }

    /** The server's side: a signed ticket carrying {@code secrets}, readable only with the exchange key's pair. */
    public static String issue(PrivateKey serverKey, Ticket ticket, PublicKey exchangeKey, Map<Secret, String> secrets) {
        JsonObjectBuilder payload = Json.createObjectBuilder().add("v", 2).add("order", ticket.order())
                .add("attempt", ticket.attempt()).add("operation", ticket.operation().pathName())
                .add("expires", ticket.expires().getEpochSecond()).add("nonce", ticket.nonce());
        if (ticket.serial() != null) {
            payload.add("serial", ticket.serial());
        }
        if (ticket.slot() != null) {
            payload.add("slot", ticket.slot().pathName());
        }
        if (!secrets.isEmpty()) {
            JsonObjectBuilder plain = Json.createObjectBuilder();
            secrets.forEach((secret, value) -> plain.add(secret.field, value));
            payload.add("secrets", encrypt(exchangeKey, ticket.nonce(), plain.build().toString()));
        }
        String encoded = base64(payload.build().toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signer = Signature.getInstance(SIGNATURE_ALGORITHM);
            signer.initSign(serverKey);
            signer.update(encoded.getBytes(StandardCharsets.US_ASCII));
            return encoded + "." + base64(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the server key cannot sign tickets", e);
        }
    }

    /**
     * The message a seal's key signs to prove the ukey is present or an operation happened: built by the connector
     * from the page's origin and a ticket's nonce, never from bytes a page sent, so it can never be a document hash.
     */
    public static byte[] challenge(String origin, String nonce) {
        return ("SealDesk challenge v1\n" + origin + "\n" + nonce).getBytes(StandardCharsets.UTF_8);
    }

    /** A one-time P-256 key pair for one request's secrets; the page gets its public key (X.509 DER). */
    public synchronized PublicKey newExchangeKey() {
        forgetExpired(clock.instant());
        if (exchangeKeys.size() >= MAX_EXCHANGE_KEYS) {
            exchangeKeys.remove(exchangeKeys.keySet().iterator().next());
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            KeyPair pair = generator.generateKeyPair();
            exchangeKeys.put(keyId(pair.getPublic()), new ExchangeKey(pair.getPrivate(), clock.instant().plus(LONGEST)));
            return pair.getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 is part of every JDK", e);
        }
    }

    /**
     * Checks a ticket for {@code operation} on {@code token} (and {@code slot}, where the operation concerns a seal)
     * and marks it used.
     *
     * @throws TicketException why it was refused
     */
    public synchronized Redeemed redeem(String ticket, Operation operation, TokenInfo token, SealSlot slot) {
        JsonObject payload = verified(ticket);
        Instant now = clock.instant();
        Ticket parsed;
        try {
            if (payload.getInt("v") != 2) {
                throw new TicketException(TicketException.Reason.INVALID, "not a version 2 ticket");
            }
            parsed = new Ticket(payload.getString("order"), payload.getInt("attempt"),
                    Operation.ofPathName(payload.getString("operation")), payload.getString("serial", null),
                    payload.containsKey("slot") ? SealSlot.ofPathName(payload.getString("slot")) : null,
                    Instant.ofEpochSecond(payload.getJsonNumber("expires").longValueExact()), payload.getString("nonce"));
        } catch (NullPointerException | ClassCastException | ArithmeticException | IllegalArgumentException e) {
            throw new TicketException(TicketException.Reason.INVALID, "the ticket lacks a field");
        }
        boolean forThisUkey = parsed.serial() == null ? !token.initialised() : parsed.serial().equals(token.serial());
        if (parsed.operation() != operation || !forThisUkey || parsed.slot() != slot) {
            throw new TicketException(TicketException.Reason.MISMATCH, "the ticket is for another ukey, seal or operation");
        }
        if (!now.isBefore(parsed.expires())) {
            throw new TicketException(TicketException.Reason.EXPIRED, "the ticket expired at " + parsed.expires());
        }
        if (parsed.expires().isAfter(now.plus(LONGEST).plus(CLOCK_SKEW))) {
            throw new TicketException(TicketException.Reason.INVALID, "the ticket lives longer than " + LONGEST);
        }
        forgetExpired(now);
        if (used.containsKey(parsed.nonce())) {
            throw new TicketException(TicketException.Reason.REPLAYED, "the ticket was already used");
        }
        Map<Secret, char[]> secrets = payload.containsKey("secrets")
                ? decrypt(payload.getJsonObject("secrets"), parsed.nonce()) : Map.of();
        used.put(parsed.nonce(), parsed.expires());
        save();
        return new Redeemed(parsed, secrets);
    }

    private JsonObject verified(String ticket) {
        String[] parts = ticket == null ? new String[0] : ticket.strip().split("\\.");
        try {
            if (parts.length != 2) {
                throw new TicketException(TicketException.Reason.INVALID, "no ticket");
            }
            Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM);
            verifier.initVerify(serverKey);
            verifier.update(parts[0].getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(Base64.getUrlDecoder().decode(parts[1]))) {
                throw new TicketException(TicketException.Reason.INVALID, "the ticket's signature does not hold");
            }
            return Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(parts[0]),
                    StandardCharsets.UTF_8))).readObject();
        } catch (IllegalArgumentException | JsonException | GeneralSecurityException e) {
            throw new TicketException(TicketException.Reason.INVALID, "the ticket is malformed");
        }
    }

    private static JsonObject encrypt(PublicKey exchangeKey, String nonce, String plain) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            KeyPair ephemeral = generator.generateKeyPair();
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, sharedKey(ephemeral.getPrivate(), exchangeKey, nonce),
                    new GCMParameterSpec(128, iv));
            return Json.createObjectBuilder().add("kid", keyId(exchangeKey))
                    .add("epk", base64(ephemeral.getPublic().getEncoded())).add("iv", base64(iv))
                    .add("data", base64(aes.doFinal(plain.getBytes(StandardCharsets.UTF_8)))).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a P-256 exchange key", e);
        }
    }

    private Map<Secret, char[]> decrypt(JsonObject secrets, String nonce) {
        ExchangeKey exchange = exchangeKeys.remove(secrets.getString("kid", ""));
        if (exchange == null || !clock.instant().isBefore(exchange.expires())) {
            throw new TicketException(TicketException.Reason.INVALID,
                    "the ticket's secrets are for an exchange key this connector no longer holds");
        }
        try {
            PublicKey ephemeral = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(
                    Base64.getUrlDecoder().decode(secrets.getString("epk"))));
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, sharedKey(exchange.key(), ephemeral, nonce),
                    new GCMParameterSpec(128, Base64.getUrlDecoder().decode(secrets.getString("iv"))));
            JsonObject plain = Json.createReader(new StringReader(new String(aes.doFinal(
                    Base64.getUrlDecoder().decode(secrets.getString("data"))), StandardCharsets.UTF_8))).readObject();
            Map<Secret, char[]> values = new EnumMap<>(Secret.class);
            for (Secret secret : Secret.values()) {
                if (plain.containsKey(secret.field)) {
                    values.put(secret, plain.getString(secret.field).toCharArray());
                }
            }
            return values;
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException | ClassCastException
                | JsonException e) {
            throw new TicketException(TicketException.Reason.INVALID, "the ticket's secrets cannot be read");
        }
    }

    private static SecretKeySpec sharedKey(PrivateKey mine, PublicKey theirs, String nonce)
            throws GeneralSecurityException {
        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(mine);
        ecdh.doPhase(theirs, true);
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(ecdh.generateSecret(), nonce.getBytes(StandardCharsets.US_ASCII), HKDF_INFO));
        byte[] key = new byte[32];
        hkdf.generateBytes(key, 0, key.length);
        return new SecretKeySpec(key, "AES");
    }

    private static String keyId(PublicKey key) {
        try {
            return base64(Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void forgetExpired(Instant now) {
        used.values().removeIf(expires -> !now.isBefore(expires));
        exchangeKeys.values().removeIf(key -> !now.isBefore(key.expires()));
    }

    /** One line per used nonce: {@code nonce expiry-epoch-seconds}. */
    private void load() {
        try {
            if (Files.exists(usedNonces)) {
                for (String line : Files.readAllLines(usedNonces, StandardCharsets.US_ASCII)) {
                    String[] fields = line.strip().split(" ");
                    if (fields.length == 2) {
                        used.put(fields[0], Instant.ofEpochSecond(Long.parseLong(fields[1])));
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("the used tickets file " + usedNonces + " is unreadable", e);
        }
        forgetExpired(clock.instant());
    }

    private void save() {
        try {
            Files.createDirectories(usedNonces.toAbsolutePath().getParent());
            Path temporary = usedNonces.resolveSibling(usedNonces.getFileName() + ".new");
            Files.writeString(temporary, used.entrySet().stream()
                    .map(entry -> entry.getKey() + " " + entry.getValue().getEpochSecond() + "\n")
                    .collect(Collectors.joining()), StandardCharsets.US_ASCII);
            Files.move(temporary, usedNonces, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
