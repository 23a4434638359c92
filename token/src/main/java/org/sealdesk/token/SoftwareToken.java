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
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A ukey kept in a directory: {@code token.properties} (label, PIN hashes, tries left, the key
 * that encrypts the private key), {@code key.bin}, {@code certificate.der}, {@code seal.bin}.
 * The user PIN locks after {@link #MAX_TRIES} wrong ones in a row, like a ukey.
 */
final class SoftwareToken implements Token {

    static final int MAX_TRIES = 6;
    private static final String STATE = "token.properties";
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
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
    public synchronized byte[] generateKeyPair(char[] pin, KeyAlgorithm algorithm, String subjectDn) {
        Properties state = login(pin);
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
            write("key.bin", encrypt(state, pair.getPrivate().getEncoded()));
            state.setProperty("keyAlgorithm", algorithm.name());
            state.setProperty("keyType", pair.getPrivate().getAlgorithm());
            save(state);
            return CertificationRequests.build(subjectDn, SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded()),
                    new JcaContentSignerBuilder(algorithm.signatureAlgorithm()).setProvider(BC).build(pair.getPrivate()));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new TokenException(TokenError.TOKEN_FAILURE, "key generation failed: " + e.getMessage(), e);
        }
    }

    private static KeyPairGenerator ec(String curve) throws GeneralSecurityException {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC", BC);
        ec.initialize(new ECGenParameterSpec(curve), RANDOM);
        return ec;
    }

    @Override
    public synchronized void writeCertificate(char[] pin, X509Certificate certificate) {
        login(pin);
        write("certificate.der", Certificates.der(certificate));
    }

    @Override
    public synchronized Optional<X509Certificate> readCertificate() {
        return read("certificate.der").map(Certificates::stored);
    }

    @Override
    public synchronized void writeSealData(char[] pin, byte[] seal) {
        login(pin);
        write("seal.bin", seal);
    }

    @Override
    public synchronized Optional<byte[]> readSealData() {
        return read("seal.bin");
    }

    @Override
    public synchronized void unlock(char[] soPin) {
        Properties state = initialisedState();
        if (!matches(soPin, state.getProperty("soPin"))) {
            throw TokenException.wrongPin(null);
        }
        state.setProperty("userPin", hash(Token.DEFAULT_USER_PIN.toCharArray()));
        state.setProperty("triesLeft", Integer.toString(MAX_TRIES));
        state.setProperty("defaultPin", "true");
        save(state);
    }

    @Override
    public synchronized TokenInfo initialise(String label, char[] soPin, char[] userPin) {
        Pins.checkNew(soPin);
        Pins.checkNew(userPin);
        for (String file : new String[] {"key.bin", "certificate.der", "seal.bin"}) {
            delete(file);
        }
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

    private Optional<byte[]> read(String file) {
        Path path = directory.resolve(file);
        try {
            return Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, byte[] content) {
        try {
            Path temporary = directory.resolve(file + ".new");
            Files.write(temporary, content);
            Files.move(temporary, directory.resolve(file), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(String file) {
        try {
            Files.deleteIfExists(directory.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
