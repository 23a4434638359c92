package org.sealdesk.token;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
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
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * A ukey kept in a directory: {@code token.properties} (label, PIN hashes, tries left, the key that encrypts
 * the private keys) and, per seal slot and key pair, {@code seals/<slot>/<generation>/} with the key's algorithm,
 * {@code public.der}, {@code key.bin} (encrypted), {@code certificate.der} and {@code seal.bin}.
 * The user PIN locks after {@link #MAX_TRIES} wrong ones in a row, like a ukey.
 */
final class SoftwareToken implements Token {

    static final int MAX_TRIES = 6;
    private static final String STATE = "token.properties";
    private static final String SEALS = "seals";
    private static final String ALGORITHM = "algorithm";
    private static final String PUBLIC_KEY = "public.der";
    private static final String PRIVATE_KEY = "key.bin";
    private static final String CERTIFICATE = "certificate.der";
    private static final String SEAL = "seal.bin";
    private static final Provider BC = BouncyCastle.PROVIDER;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;

    SoftwareToken(Path directory) {
        this.directory = directory;
    }

    static boolean isToken(Path directory) {
        return Files.isRegularFile(directory.resolve(STATE));
    }

    static Token blank(Path directory) {
        SoftwareToken token = new SoftwareToken(directory);
        Properties state = new Properties();
        state.setProperty("initialised", "false");
        token.save(state);
        return token;
    }

    @Override
    public synchronized TokenInfo info() {
        Properties state = load();
        boolean initialised = Boolean.parseBoolean(state.getProperty("initialised"));
        int triesLeft = initialised ? Integer.parseInt(state.getProperty("triesLeft")) : MAX_TRIES;
        return new TokenInfo(directory.getFileName().toString(), state.getProperty("label", ""), "SealDesk",
                "software token", initialised, new TokenInfo.PinState(triesLeft, initialised && triesLeft < MAX_TRIES,
                        initialised && triesLeft == 0, Boolean.parseBoolean(state.getProperty("defaultPin"))));
    }

    @Override
    public synchronized void verifyPin(char[] pin) {
        login(pin);
    }

    /** Checks the user PIN, counting a wrong one; returns the state to work on. */
    private Properties login(char[] pin) {
        Properties state = initialisedState();
        int triesLeft = Integer.parseInt(state.getProperty("triesLeft"));
        if (triesLeft == 0) {
            throw new TokenException(TokenError.PIN_LOCKED, "the user PIN is locked");
        }
        if (!matches(pin, state.getProperty("userPin"))) {
            triesLeft--;
            state.setProperty("triesLeft", Integer.toString(triesLeft));
            save(state);
            throw triesLeft == 0 ? new TokenException(TokenError.PIN_LOCKED, "wrong PIN: the user PIN is now locked")
                    : TokenException.wrongPin(triesLeft);
        }
        if (triesLeft < MAX_TRIES) {
            state.setProperty("triesLeft", Integer.toString(MAX_TRIES));
            save(state);
        }
        return state;
    }

    @Override
    public synchronized void changePin(char[] oldPin, char[] newPin) {
        Pins.checkNew(newPin);
        Properties state = login(oldPin);
        state.setProperty("userPin", hash(newPin));
        state.setProperty("defaultPin", Boolean.toString(Token.DEFAULT_USER_PIN.equals(new String(newPin))));
        save(state);
    }

    @Override
    public synchronized byte[] generateKeyPair(char[] pin, SealSlot slot, KeyAlgorithm algorithm, String subjectDn) {
        Properties state = login(pin);
        List<Generation> generations = generations(slot);
        for (Generation unused : Generation.notCurrent(generations)) {
            delete(slot, unused);
        }
        try {
            KeyPairGenerator generator = switch (algorithm) {
                case RSA_2048 -> {
                    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA", BC);
                    rsa.initialize(2048, RANDOM);
                    yield rsa;
                }
                case EC_P256 -> ec("secp256r1");
                case SM2 -> ec("sm2p256v1");
            };
            KeyPair pair = generator.generateKeyPair();
            Path generation = slotDirectory(slot).resolve(Generation.nextId(generations));
            Files.createDirectories(generation);
            write(generation.resolve(ALGORITHM), algorithm.name().getBytes(StandardCharsets.US_ASCII));
            write(generation.resolve(PUBLIC_KEY), pair.getPublic().getEncoded());
            write(generation.resolve(PRIVATE_KEY), encrypt(state, pair.getPrivate().getEncoded()));
            return CertificationRequests.build(subjectDn, SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded()),
                    content -> signature(pair.getPrivate(), algorithm, content), algorithm);
        } catch (GeneralSecurityException | IOException e) {
            throw new TokenException(TokenError.TOKEN_FAILURE, "key generation failed: " + e.getMessage(), e);
        }
    }

    private static KeyPairGenerator ec(String curve) throws GeneralSecurityException {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC", BC);
        ec.initialize(new ECGenParameterSpec(curve), RANDOM);
        return ec;
    }

    private static byte[] signature(PrivateKey key, KeyAlgorithm algorithm, byte[] content) {
        try {
            Signature signature = Signature.getInstance(algorithm.signatureAlgorithm(), BC);
            signature.initSign(key, RANDOM);
            signature.update(content);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new TokenException(TokenError.TOKEN_FAILURE, "signing failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void writeCertificate(char[] pin, SealSlot slot, X509Certificate certificate) {
        login(pin);
        byte[] der = Certificates.der(certificate);
        byte[] certifiedKey = certificate.getPublicKey().getEncoded();
        for (Generation generation : generations(slot)) {
            Path directory = slotDirectory(slot).resolve(generation.id());
            if (Arrays.equals(certifiedKey, read(directory.resolve(PUBLIC_KEY)).orElse(null))) {
                writeAndReadBack(directory.resolve(CERTIFICATE), der);
                return;
            }
        }
        throw new TokenException(TokenError.NOT_FOUND, "no key pair of the " + slot.pathName()
                + " seal has the certificate's public key");
    }

    @Override
    public synchronized void writeSeal(char[] pin, SealSlot slot, byte[] seal) {
        login(pin);
        List<Generation> generations = generations(slot);
        Generation target = Generation.newestCertified(generations, slot);
        writeAndReadBack(slotDirectory(slot).resolve(target.id()).resolve(SEAL), seal);
        for (Generation older : Generation.olderThan(generations, target)) {
            delete(slot, older);
        }
    }

    @Override
    public synchronized Optional<X509Certificate> readCertificate(SealSlot slot) {
        return currentFile(slot, CERTIFICATE).map(Certificates::stored);
    }

    @Override
    public synchronized Optional<byte[]> readSeal(SealSlot slot) {
        return currentFile(slot, SEAL);
    }

    @Override
    public synchronized byte[] sign(char[] pin, SealSlot slot, byte[] message) {
        Properties state = login(pin);
        Path current = Generation.current(generations(slot)).map(generation -> slotDirectory(slot).resolve(generation.id()))
                .orElseThrow(() -> new TokenException(TokenError.NOT_FOUND, "the " + slot.pathName() + " seal has no key pair"));
        KeyAlgorithm algorithm = KeyAlgorithm.valueOf(new String(read(current.resolve(ALGORITHM)).orElseThrow(),
                StandardCharsets.US_ASCII));
        try {
            PrivateKey key = KeyFactory.getInstance(algorithm == KeyAlgorithm.RSA_2048 ? "RSA" : "EC", BC)
                    .generatePrivate(new PKCS8EncodedKeySpec(decrypt(state, read(current.resolve(PRIVATE_KEY)).orElseThrow())));
            return signature(key, algorithm, message);
        } catch (GeneralSecurityException e) {
            throw new TokenException(TokenError.TOKEN_FAILURE, "the stored key is not readable", e);
        }
    }

    /** A software token is SealDesk's own: no other CA ever wrote to it. */
    @Override
    public synchronized FormerCertificateProof proveFormerCertificate(char[] pin, byte[] message) {
        login(pin);
        throw new TokenException(TokenError.NOT_FOUND, "a software token holds no other CA's certificate");
    }

    @Override
    public synchronized void unlock(char[] soPin, char[] newSoPin) {
        Pins.checkNew(newSoPin);
        Properties state = initialisedState();
        if (!matches(soPin, state.getProperty("soPin")) && !matches(newSoPin, state.getProperty("soPin"))) {
            throw TokenException.wrongPin(null);
        }
        state.setProperty("soPin", hash(newSoPin));
        state.setProperty("userPin", hash(Token.DEFAULT_USER_PIN.toCharArray()));
        state.setProperty("triesLeft", Integer.toString(MAX_TRIES));
        state.setProperty("defaultPin", "true");
        save(state);
    }

    private Path slotDirectory(SealSlot slot) {
        return directory.resolve(SEALS).resolve(slot.pathName());
    }

    private List<Generation> generations(SealSlot slot) {
        Path slotDirectory = slotDirectory(slot);
        if (!Files.isDirectory(slotDirectory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(slotDirectory)) {
            return entries.filter(entry -> Files.isRegularFile(entry.resolve(PUBLIC_KEY)))
                    .map(entry -> new Generation(entry.getFileName().toString(), Files.exists(entry.resolve(CERTIFICATE)),
                            Files.exists(entry.resolve(SEAL)))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<byte[]> currentFile(SealSlot slot, String file) {
        return Generation.current(generations(slot)).flatMap(current -> read(slotDirectory(slot).resolve(current.id())
                .resolve(file)));
    }

    private void delete(SealSlot slot, Generation generation) {
        deleteTree(slotDirectory(slot).resolve(generation.id()));
    }

    private static void writeAndReadBack(Path file, byte[] content) {
        write(file, content);
        if (!Arrays.equals(content, read(file).orElse(null))) {
            throw new TokenException(TokenError.TOKEN_FAILURE, "what was written does not read back");
        }
    }

    @Override
    public synchronized TokenInfo initialise(String label, char[] soPin, char[] userPin) {
        Pins.checkNew(soPin);
        Pins.checkNew(userPin);
        deleteTree(directory.resolve(SEALS));
        Properties state = new Properties();
        state.setProperty("initialised", "true");
        state.setProperty("label", label);
        state.setProperty("soPin", hash(soPin));
        state.setProperty("userPin", hash(userPin));
        state.setProperty("triesLeft", Integer.toString(MAX_TRIES));
        state.setProperty("defaultPin", Boolean.toString(Token.DEFAULT_USER_PIN.equals(new String(userPin))));
        byte[] storageKey = new byte[32];
        RANDOM.nextBytes(storageKey);
        state.setProperty("storageKey", Base64.getEncoder().encodeToString(storageKey));
        save(state);
        return info();
    }

    private Properties initialisedState() {
        Properties state = load();
        if (!Boolean.parseBoolean(state.getProperty("initialised"))) {
            throw new TokenException(TokenError.NOT_INITIALISED, "the token is blank");
        }
        return state;
    }

    private static String hash(char[] pin) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(derive(pin, salt));
    }

    private static boolean matches(char[] pin, String stored) {
        String[] parts = stored.split(":");
        return MessageDigest.isEqual(derive(pin, HexFormat.of().parseHex(parts[0])), HexFormat.of().parseHex(parts[1]));
    }

    private static byte[] derive(char[] pin, byte[] salt) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(pin, salt, 100_000, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every JDK", e);
        }
    }

    private static byte[] encrypt(Properties state, byte[] plain) throws GeneralSecurityException {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, storageKey(state), new GCMParameterSpec(128, nonce));
        byte[] sealed = aes.doFinal(plain);
        byte[] out = new byte[nonce.length + sealed.length];
        System.arraycopy(nonce, 0, out, 0, nonce.length);
        System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
        return out;
    }

    private static byte[] decrypt(Properties state, byte[] sealed) throws GeneralSecurityException {
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, storageKey(state), new GCMParameterSpec(128, sealed, 0, 12));
        return aes.doFinal(sealed, 12, sealed.length - 12);
    }

    private static SecretKeySpec storageKey(Properties state) {
        return new SecretKeySpec(Base64.getDecoder().decode(state.getProperty("storageKey")), "AES");
    }

    private Properties load() {
        Properties state = new Properties();
        try (Reader in = Files.newBufferedReader(directory.resolve(STATE), StandardCharsets.UTF_8)) {
            state.load(in);
            return state;
        } catch (IOException e) {
            throw new TokenException(TokenError.NO_TOKEN, "the token at " + directory + " is gone", e);
        }
    }

    private void save(Properties state) {
        try {
            Files.createDirectories(directory);
            Path temporary = directory.resolve(STATE + ".new");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                state.store(out, "SealDesk software token");
            }
            Files.move(temporary, directory.resolve(STATE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<byte[]> read(Path path) {
        try {
            return Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            Files.write(temporary, content);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
