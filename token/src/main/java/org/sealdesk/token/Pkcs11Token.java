package org.sealdesk.token;

import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKA_EC_POINT;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKA_ID;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKA_KEY_TYPE;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKA_LABEL;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKA_MODULUS;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKA_PUBLIC_EXPONENT;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKA_VALUE;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKC_X_509;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKF_TOKEN_INITIALIZED;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKF_USER_PIN_COUNT_LOW;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKF_USER_PIN_FINAL_TRY;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKF_USER_PIN_LOCKED;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKF_USER_PIN_TO_BE_CHANGED;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKK_EC;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKK_RSA;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKM_ECDSA;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKM_EC_KEY_PAIR_GEN;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKM_RSA_PKCS_KEY_PAIR_GEN;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKM_SHA256_RSA_PKCS;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKM_VENDOR_SM2_KEY_PAIR_GEN;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKO_CERTIFICATE;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKO_DATA;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKO_PRIVATE_KEY;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKO_PUBLIC_KEY;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKR_DEVICE_REMOVED;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKR_MECHANISM_INVALID;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKR_PIN_INCORRECT;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKR_PIN_INVALID;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKR_PIN_LEN_RANGE;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKR_PIN_LOCKED;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKR_PIN_TOO_WEAK;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKR_TOKEN_NOT_PRESENT;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKR_TOKEN_NOT_RECOGNIZED;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKR_USER_PIN_NOT_INITIALIZED;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKU_SO;
import static org.xipki.pkcs11.wrapper.PKCS11Constants.CKU_USER;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.xipki.pkcs11.wrapper.AttributeVector;
import org.xipki.pkcs11.wrapper.KeyPairTemplate;
import org.xipki.pkcs11.wrapper.Mechanism;
import org.xipki.pkcs11.wrapper.PKCS11Constants.Category;
import org.xipki.pkcs11.wrapper.PKCS11Exception;
import org.xipki.pkcs11.wrapper.PKCS11KeyPair;
import org.xipki.pkcs11.wrapper.Session;

/**
 * A token in a PKCS#11 slot. Each seal slot's key pairs and certificates are labelled {@code sealdesk-<slot>} and
 * share a CKA_ID per pair; a seal is a data object labelled after its pair; a marker says the user PIN is still the
 * default one.
 */
final class Pkcs11Token implements Token {

    static final String DEFAULT_PIN_LABEL = "sealdesk-default-pin";
    private static final String APPLICATION = "SealDesk";
    private static final String LABEL_PREFIX = "sealdesk-";

    private final Pkcs11Tokens source;
    private final org.xipki.pkcs11.wrapper.Token token;

    Pkcs11Token(Pkcs11Tokens source, org.xipki.pkcs11.wrapper.Token token) {
        this.source = source;
        this.token = token;
    }

    /** The wrapper's token, for tests that look at the objects themselves. */
    org.xipki.pkcs11.wrapper.Token p11() {
        return token;
    }

    /** One operation in a session of its own, mapping PKCS#11 failures to {@link TokenError}s. */
    private interface Work<T> {
        T in(Session session) throws PKCS11Exception;
    }

    private <T> T inSession(Work<T> work) {
        Session session = null;
        try {
            session = token.openSession(true);
            return work.in(session);
        } catch (PKCS11Exception e) {
            throw failure(e);
        } finally {
            if (session != null) {
                try {
                    session.closeSession();
                } catch (PKCS11Exception ignored) {
                    // The session is gone with the operation's outcome already decided.
                }
            }
        }
    }

    /** Logged in as the user for the work, logged out after. */
    private <T> T asUser(char[] pin, Work<T> work) {
        return inSession(session -> {
            session.login(CKU_USER, pin);
            try {
                return work.in(session);
            } finally {
                session.logout();
            }
        });
    }

    @Override
    public TokenInfo info() {
        var info = tokenInfo();
        boolean initialised = info.hasFlagBit(CKF_TOKEN_INITIALIZED);
        boolean locked = info.hasFlagBit(CKF_USER_PIN_LOCKED);
        Integer triesLeft = locked ? Integer.valueOf(0) : info.hasFlagBit(CKF_USER_PIN_FINAL_TRY) ? Integer.valueOf(1) : null;
        boolean isDefault = initialised && (info.hasFlagBit(CKF_USER_PIN_TO_BE_CHANGED)
                || inSession(session -> find(session, data(DEFAULT_PIN_LABEL)).length > 0));
        return new TokenInfo(info.getSerialNumber().strip(), info.getLabel().strip(), info.getManufacturerID().strip(),
                info.getModel().strip(), initialised, new TokenInfo.PinState(triesLeft,
                        info.hasFlagBit(CKF_USER_PIN_COUNT_LOW), locked, isDefault));
    }

    private org.xipki.pkcs11.wrapper.TokenInfo tokenInfo() {
        try {
            return token.getTokenInfo();
        } catch (PKCS11Exception e) {
            throw failure(e);
        }
    }

    @Override
    public void verifyPin(char[] pin) {
        asUser(pin, session -> null);
    }

    @Override
    public void changePin(char[] oldPin, char[] newPin) {
        Pins.checkNew(newPin);
        asUser(oldPin, session -> {
            session.setPIN(oldPin, newPin);
            boolean isDefault = DEFAULT_USER_PIN.equals(new String(newPin));
            destroy(session, data(DEFAULT_PIN_LABEL));
            if (isDefault) {
                markDefaultPin(session);
            }
            return null;
        });
    }

    @Override
    public byte[] generateKeyPair(char[] pin, SealSlot slot, KeyAlgorithm algorithm, String subjectDn) {
        long generation = switch (algorithm) {
            case RSA_2048 -> CKM_RSA_PKCS_KEY_PAIR_GEN;
            case EC_P256 -> CKM_EC_KEY_PAIR_GEN;
            case SM2 -> source.module().genericToVendorCode(Category.CKM, CKM_VENDOR_SM2_KEY_PAIR_GEN);
        };
        if (Arrays.stream(token.getMechanismList()).noneMatch(mechanism -> mechanism == generation)) {
            throw new TokenException(TokenError.UNSUPPORTED_ALGORITHM, "this token cannot generate " + algorithm + " keys");
        }
        if (algorithm == KeyAlgorithm.SM2) {
            throw new TokenException(TokenError.UNSUPPORTED_ALGORITHM,
                    "SM2 through a vendor's PKCS#11 mechanisms is not supported by SealDesk yet");
        }
        return asUser(pin, session -> {
            List<Generation> generations = generations(session, slot);
            for (Generation unused : Generation.notCurrent(generations)) {
                destroy(session, slot, unused);
            }
            byte[] id = id(slot, Generation.nextId(generations));
            KeyPairTemplate template = new KeyPairTemplate(algorithm == KeyAlgorithm.RSA_2048 ? CKK_RSA : CKK_EC)
                    .token(true).labels(keyLabel(slot)).id(id).signVerify(true).private_(true, false);
            template.privateKey().sensitive(true).extractable(false);
            PKCS11KeyPair pair;
            if (algorithm == KeyAlgorithm.RSA_2048) {
                template.publicKey().modulusBits(2048).publicExponent(BigInteger.valueOf(65537));
                pair = session.generateKeyPair(new Mechanism(CKM_RSA_PKCS_KEY_PAIR_GEN), template);
            } else {
                template.publicKey().ecParams(encoded(SECObjectIdentifiers.secp256r1));
                pair = session.generateKeyPair(new Mechanism(CKM_EC_KEY_PAIR_GEN), template);
            }
            return CertificationRequests.build(subjectDn, publicKeyInfo(session, pair.getPublicKey()),
                    content -> signature(session, pair.getPrivateKey(), algorithm, content), algorithm);
        });
    }

    /** The public key object as X.509 writes it. */
    private static SubjectPublicKeyInfo publicKeyInfo(Session session, long publicKey) throws PKCS11Exception {
        if (session.getAttrValues(publicKey, CKA_KEY_TYPE).keyType() == CKK_RSA) {
            AttributeVector rsa = session.getAttrValues(publicKey, CKA_MODULUS, CKA_PUBLIC_EXPONENT);
            return new SubjectPublicKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                    encoded(new RSAPublicKey(rsa.modulus(), rsa.publicExponent())));
        }
        byte[] point = session.getAttrValues(publicKey, CKA_EC_POINT).ecPoint();
        return new SubjectPublicKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                SECObjectIdentifiers.secp256r1), uncompressedPoint(point));
    }

    /** CKA_EC_POINT is a DER OCTET STRING around the point; some libraries give the bare point. */
    private static byte[] uncompressedPoint(byte[] ecPoint) {
        if (ecPoint.length > 0 && ecPoint[0] == 0x04 && ecPoint.length == 65) {
            return ecPoint;
        }
        return ASN1OctetString.getInstance(ecPoint).getOctets();
    }

    private static byte[] encoded(org.bouncycastle.asn1.ASN1Object object) {
        try {
            return object.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs with the private key on the token, as X.509 and CMS encode signatures. */
    private byte[] signature(Session session, long privateKey, KeyAlgorithm algorithm, byte[] content) {
        try {
            if (algorithm == KeyAlgorithm.RSA_2048) {
                return session.signSingle(new Mechanism(CKM_SHA256_RSA_PKCS), privateKey, content);
            }
            // Hashed here and signed raw: SoftHSM2 and many ukeys offer CKM_ECDSA but not CKM_ECDSA_SHA256.
            // PKCS#11 gives r || s; X.509 wants SEQUENCE { r INTEGER, s INTEGER }.
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            byte[] raw = session.signSingle(new Mechanism(CKM_ECDSA), privateKey, digest);
            int half = raw.length / 2;
            return new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
                new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 0, half))),
                new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, half, raw.length)))}).getEncoded();
        } catch (PKCS11Exception e) {
            throw failure(e);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void writeCertificate(char[] pin, SealSlot slot, X509Certificate certificate) {
        byte[] der = Certificates.der(certificate);
        byte[] certifiedKey = SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded()).getPublicKeyData()
                .getBytes();
        asUser(pin, session -> {
            for (Generation generation : generations(session, slot)) {
                byte[] id = id(slot, generation.id());
                long[] publicKey = find(session, new AttributeVector().class_(CKO_PUBLIC_KEY).label(keyLabel(slot)).id(id));
                if (Arrays.equals(certifiedKey, publicKeyInfo(session, publicKey[0]).getPublicKeyData().getBytes())) {
                    AttributeVector stored = certificateOf(slot, id);
                    destroy(session, stored);
                    session.createObject(new AttributeVector().class_(CKO_CERTIFICATE).certificateType(CKC_X_509)
                            .token(true).private_(false).label(keyLabel(slot)).id(id)
                            .subject(certificate.getSubjectX500Principal().getEncoded()).value(der));
                    readBack(session, stored, der);
                    return null;
                }
            }
            throw new TokenException(TokenError.NOT_FOUND, "no key pair of the " + slot.pathName()
                    + " seal has the certificate's public key");
        });
    }

    @Override
    public void writeSeal(char[] pin, SealSlot slot, byte[] seal) {
        asUser(pin, session -> {
            List<Generation> generations = generations(session, slot);
            Generation target = Generation.newestCertified(generations, slot);
            AttributeVector stored = data(sealLabel(slot, target.id()));
            destroy(session, stored);
            session.createObject(data(sealLabel(slot, target.id())).token(true).private_(false).value(seal));
            readBack(session, stored, seal);
            for (Generation older : Generation.olderThan(generations, target)) {
                destroy(session, slot, older);
            }
            return null;
        });
    }

    @Override
    public Optional<X509Certificate> readCertificate(SealSlot slot) {
        return inSession(session -> {
            Optional<Generation> current = current(session, slot).filter(Generation::certified);
            return current.isEmpty() ? Optional.<byte[]>empty()
                    : value(session, certificateOf(slot, id(slot, current.get().id())));
        }).map(Certificates::stored);
    }

    @Override
    public Optional<byte[]> readSeal(SealSlot slot) {
        return inSession(session -> {
            Optional<Generation> current = current(session, slot).filter(Generation::sealed);
            return current.isEmpty() ? Optional.<byte[]>empty() : value(session, data(sealLabel(slot, current.get().id())));
        });
    }

    @Override
    public byte[] sign(char[] pin, SealSlot slot, byte[] message) {
        return asUser(pin, session -> {
            Generation current = current(session, slot).orElseThrow(() -> new TokenException(TokenError.NOT_FOUND,
                    "the " + slot.pathName() + " seal has no key pair"));
            byte[] id = id(slot, current.id());
            long publicKey = find(session, new AttributeVector().class_(CKO_PUBLIC_KEY).label(keyLabel(slot)).id(id))[0];
            KeyAlgorithm algorithm = session.getAttrValues(publicKey, CKA_KEY_TYPE).keyType() == CKK_RSA
                    ? KeyAlgorithm.RSA_2048 : KeyAlgorithm.EC_P256;
            long privateKey = find(session, new AttributeVector().class_(CKO_PRIVATE_KEY).label(keyLabel(slot)).id(id))[0];
            return signature(session, privateKey, algorithm, message);
        });
    }

    @Override
    public FormerCertificateProof proveFormerCertificate(char[] pin, byte[] message) {
        return asUser(pin, session -> {
            X509Certificate chosen = null;
            long chosenKey = 0;
            for (long handle : session.findObjectsSingle(new AttributeVector().class_(CKO_CERTIFICATE)
                    .certificateType(CKC_X_509), 64)) {
                AttributeVector object = session.getAttrValues(handle, CKA_LABEL, CKA_ID, CKA_VALUE);
                String label = object.label();
                if (object.id() == null || object.value() == null || label != null && label.startsWith(LABEL_PREFIX)) {
                    continue;
                }
                long[] key = find(session, new AttributeVector().class_(CKO_PRIVATE_KEY).id(object.id()));
                X509Certificate certificate = Certificates.stored(object.value());
                if (key.length > 0 && (chosen == null || certificate.getNotAfter().after(chosen.getNotAfter()))) {
                    chosen = certificate;
                    chosenKey = key[0];
                }
            }
            if (chosen == null) {
                throw new TokenException(TokenError.NOT_FOUND, "no certificate of another CA with its private key");
            }
            return new FormerCertificateProof(chosen, signature(session, chosenKey, algorithmOf(chosen), message));
        });
    }

    /** RSA and P-256 keys are signed with as SealDesk's own are; SM2 needs vendor mechanisms SealDesk does not use. */
    private static KeyAlgorithm algorithmOf(X509Certificate certificate) {
        SubjectPublicKeyInfo key = SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded());
        if (PKCSObjectIdentifiers.rsaEncryption.equals(key.getAlgorithm().getAlgorithm())) {
            return KeyAlgorithm.RSA_2048;
        }
        if (SECObjectIdentifiers.secp256r1.equals(key.getAlgorithm().getParameters())) {
            return KeyAlgorithm.EC_P256;
        }
        throw new TokenException(TokenError.UNSUPPORTED_ALGORITHM, "the former certificate's key is neither RSA nor P-256");
    }

    @Override
    public void unlock(char[] soPin, char[] newSoPin) {
        Pins.checkNew(newSoPin);
        inSession(session -> {
            boolean replacedBefore = loginAsOfficer(session, soPin, newSoPin);
            try {
                session.initPIN(DEFAULT_USER_PIN.toCharArray());
                if (!replacedBefore) {
                    session.setPIN(soPin, newSoPin);
                }
            } finally {
                session.logout();
            }
            // The marker is written in a user session with the PIN just set, like the other SealDesk objects.
            session.login(CKU_USER, DEFAULT_USER_PIN.toCharArray());
            try {
                destroy(session, data(DEFAULT_PIN_LABEL));
                markDefaultPin(session);
            } finally {
                session.logout();
            }
            return null;
        });
    }

    /** @return whether the SO PIN was {@code newSoPin} already (see {@link Token#unlock}) */
    private static boolean loginAsOfficer(Session session, char[] soPin, char[] newSoPin) throws PKCS11Exception {
        try {
            session.login(CKU_SO, soPin);
            return false;
        } catch (PKCS11Exception refused) {
            if (refused.getErrorCode() != CKR_PIN_INCORRECT) {
                throw refused;
            }
            session.login(CKU_SO, newSoPin);
            return true;
        }
    }

    /** The slot's key pairs, found by their public keys (readable without a PIN). */
    private static List<Generation> generations(Session session, SealSlot slot) throws PKCS11Exception {
        List<Generation> generations = new ArrayList<>();
        for (long publicKey : find(session, new AttributeVector().class_(CKO_PUBLIC_KEY).label(keyLabel(slot)))) {
            byte[] id = session.getAttrValues(publicKey, CKA_ID).id();
            String hex = HexFormat.of().formatHex(id, 1, id.length);
            generations.add(new Generation(hex, find(session, certificateOf(slot, id)).length > 0,
                    find(session, data(sealLabel(slot, hex))).length > 0));
        }
        return generations;
    }

    private static Optional<Generation> current(Session session, SealSlot slot) throws PKCS11Exception {
        return Generation.current(generations(session, slot));
    }

    /** Destroys a key pair with its certificate and seal. */
    private static void destroy(Session session, SealSlot slot, Generation generation) throws PKCS11Exception {
        byte[] id = id(slot, generation.id());
        destroy(session, data(sealLabel(slot, generation.id())));
        destroy(session, certificateOf(slot, id));
        destroy(session, new AttributeVector().class_(CKO_PRIVATE_KEY).label(keyLabel(slot)).id(id));
        destroy(session, new AttributeVector().class_(CKO_PUBLIC_KEY).label(keyLabel(slot)).id(id));
    }

    /** Key pair and certificate share the CKA_ID: the slot's code, then the generation's id. */
    private static byte[] id(SealSlot slot, String generation) {
        byte[] bytes = HexFormat.of().parseHex(generation);
        byte[] id = new byte[bytes.length + 1];
        id[0] = slot.code();
        System.arraycopy(bytes, 0, id, 1, bytes.length);
        return id;
    }

    static String keyLabel(SealSlot slot) {
        return LABEL_PREFIX + slot.pathName();
    }

    /** Data objects have no CKA_ID: the seal's label names its key pair. */
    private static String sealLabel(SealSlot slot, String generation) {
        return keyLabel(slot) + "-seal-" + generation;
    }

    private static AttributeVector certificateOf(SealSlot slot, byte[] id) {
        return new AttributeVector().class_(CKO_CERTIFICATE).label(keyLabel(slot)).id(id);
    }

    private static void readBack(Session session, AttributeVector stored, byte[] written) throws PKCS11Exception {
        if (!Arrays.equals(written, value(session, stored).orElse(null))) {
            throw new TokenException(TokenError.TOKEN_FAILURE, "what was written does not read back");
        }
    }

    @Override
    public TokenInfo initialise(String label, char[] soPin, char[] userPin) {
        Pins.checkNew(soPin);
        Pins.checkNew(userPin);
        long slot = token.getSlot().getSlotID();
        try {
            source.module().getPKCS11Module().C_InitToken(slot, soPin, paddedLabel(label), true);
        } catch (iaik.pkcs.pkcs11.wrapper.PKCS11Exception e) {
            throw failure(source.module().convertException(e));
        }
        inSession(session -> {
            session.login(CKU_SO, soPin);
            try {
                session.initPIN(userPin);
            } finally {
                session.logout();
            }
            return null;
        });
        return info();
    }

    /** PKCS#11 labels are 32 bytes of UTF-8, blank-padded. */
    private static char[] paddedLabel(String label) {
        int bytes = label.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > 32) {
            throw new IllegalArgumentException("a token label has at most 32 bytes of UTF-8: " + label);
        }
        return (label + " ".repeat(32 - bytes)).toCharArray();
    }

    private void markDefaultPin(Session session) throws PKCS11Exception {
        session.createObject(data(DEFAULT_PIN_LABEL).token(true).private_(false).value(new byte[] {1}));
    }

    private static Optional<byte[]> value(Session session, AttributeVector template) throws PKCS11Exception {
        long[] found = find(session, template);
        return found.length == 0 ? Optional.empty()
                : Optional.ofNullable(session.getAttrValues(found[0], CKA_VALUE).value());
    }

    private static AttributeVector data(String label) {
        return new AttributeVector().class_(CKO_DATA).application(APPLICATION).label(label);
    }

    private static long[] find(Session session, AttributeVector template) throws PKCS11Exception {
        return session.findObjectsSingle(template, 16);
    }

    private static void destroy(Session session, AttributeVector template) throws PKCS11Exception {
        for (long handle : find(session, template)) {
            session.destroyObject(handle);
        }
    }

    private TokenException failure(PKCS11Exception e) {
        long code = e.getErrorCode();
        if (code == CKR_PIN_INCORRECT) {
            var after = tokenInfo();
            if (after.hasFlagBit(CKF_USER_PIN_LOCKED)) {
                return new TokenException(TokenError.PIN_LOCKED, "wrong PIN: the user PIN is now locked", e);
            }
            return TokenException.wrongPin(after.hasFlagBit(CKF_USER_PIN_FINAL_TRY) ? Integer.valueOf(1) : null);
        }
        TokenError error = code == CKR_PIN_LOCKED ? TokenError.PIN_LOCKED
                : code == CKR_PIN_INVALID || code == CKR_PIN_LEN_RANGE || code == CKR_PIN_TOO_WEAK ? TokenError.PIN_INVALID
                : code == CKR_USER_PIN_NOT_INITIALIZED || code == CKR_TOKEN_NOT_RECOGNIZED ? TokenError.NOT_INITIALISED
                : code == CKR_MECHANISM_INVALID ? TokenError.UNSUPPORTED_ALGORITHM
                : code == CKR_TOKEN_NOT_PRESENT || code == CKR_DEVICE_REMOVED ? TokenError.NO_TOKEN
                : TokenError.TOKEN_FAILURE;
        return new TokenException(error, e.getErrorName(), e);
    }
}
