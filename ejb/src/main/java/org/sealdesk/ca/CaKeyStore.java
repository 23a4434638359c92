package org.sealdesk.ca;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.util.Properties;
import org.sealdesk.token.BouncyCastle;
import org.sealdesk.token.HsmKeys;

/**
 * The platform's CA keys in a PKCS#12 keystore (BouncyCastle's, which holds SM2 keys): per family
 * {@code <family>-root} (certificate only), {@code -issuing}, {@code -ocsp} and {@code -seal-maker}, and
 * {@code platform} (RSA, the seller's own certificate). Demo mode creates one; production configures it.
 */
final class CaKeyStore {

    static final String PLATFORM = "platform";
    private static final String TYPE = "PKCS12";
    /** Demo keys are RSA-2048 throughout: an RSA-4096 root takes seconds at every first start of a test server. */
    private static final int DEMO_RSA_BITS = 2048;
    private static final String STORE_ITERATIONS = Properties.PKCS12_STORE_IT_COUNT;
    private static final int DEMO_ITERATIONS = 10_000;

    private CaKeyStore() {
    }

    /** One thing the CA needs: a key with its certificate, or (for a root) the certificate alone. */
    private record Entry(String alias, CaFamily family, boolean withKey) {
    }

    private static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (CaFamily family : CaFamily.values()) {
            for (CaRole role : CaRole.values()) {
                entries.add(new Entry(family.alias(role), family, role != CaRole.ROOT));
            }
        }
        entries.add(new Entry(PLATFORM, CaFamily.RSA, true));
        return entries;
    }

    /** Every alias a keystore (with the HSM, if any) must hold. */
    static List<String> aliases() {
        return entries().stream().map(Entry::alias).toList();
    }

    /** A new hierarchy for both families, its names under {@code organisation} (demo mode: its password is random). */
    static byte[] create(CertificateProfile profile, String organisation, char[] password, Instant now) {
        try {
            KeyStore store = KeyStore.getInstance(TYPE, BouncyCastle.PROVIDER);
            store.load(null, password);
            for (CaFamily family : CaFamily.values()) {
                String label = organisation + " " + family.name();
                KeyPair rootKeys = family.newKeyPair(DEMO_RSA_BITS);
                CaKey root = new CaKey(family, rootKeys.getPrivate(), profile.root(family,
                        name(label + " Root CA", organisation), rootKeys, now, years(now, 20)));
                store.setCertificateEntry(family.alias(CaRole.ROOT), java(root.certificate()));
                KeyPair issuingKeys = family.newKeyPair(DEMO_RSA_BITS);
                CaKey issuing = new CaKey(family, issuingKeys.getPrivate(), profile.issuingCa(root,
                        name(label + " Issuing CA", organisation), spki(issuingKeys), now, years(now, 10)));
                put(store, family.alias(CaRole.ISSUING), issuing, password, root);
                KeyPair ocspKeys = family.newKeyPair(DEMO_RSA_BITS);
                put(store, family.alias(CaRole.OCSP), new CaKey(family, ocspKeys.getPrivate(), profile.ocspResponder(
                        issuing, name(label + " OCSP Responder", organisation), spki(ocspKeys), now, years(now, 5))),
                        password, issuing, root);
                KeyPair makerKeys = family.newKeyPair(DEMO_RSA_BITS);
                put(store, family.alias(CaRole.SEAL_MAKER), new CaKey(family, makerKeys.getPrivate(), profile.signer(
                        issuing, CertificateProfile.newSerial(), name(label + " Seal Maker", organisation),
                        spki(makerKeys), now, years(now, 10), null)), password, issuing, root);
                if (family == CaFamily.RSA) {
                    KeyPair platformKeys = family.newKeyPair(DEMO_RSA_BITS);
                    put(store, PLATFORM, new CaKey(family, platformKeys.getPrivate(), profile.signer(issuing,
                            CertificateProfile.newSerial(), name(organisation + " Platform", organisation),
                            spki(platformKeys), now, years(now, 10), null)), password, issuing, root);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // The demo password is 192 random bits: BouncyCastle's default 600,000 key-derivation rounds per entry
            // (seconds at every start of every test server) add nothing against guessing it. BouncyCastle reads the
            // count only from a system property; this runs once, at the first start, before anything else uses it.
            String previous = System.getProperty(STORE_ITERATIONS);
            System.setProperty(STORE_ITERATIONS, String.valueOf(DEMO_ITERATIONS));
            try {
                store.store(out, password);
            } finally {
                if (previous == null) {
                    System.clearProperty(STORE_ITERATIONS);
                } else {
                    System.setProperty(STORE_ITERATIONS, previous);
                }
            }
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot create the CA keystore", e);
        }
    }

    /**
     * The keys by alias (roots: certificate only, no key): each from the HSM when it holds a certificate under that
     * alias as label (RSA keys only: PKCS#11 has no standard SM2 mechanism), from the keystore otherwise.
     *
     * @throws IllegalStateException naming an alias neither holds, or when the keystore cannot be opened
     */
    static Map<String, CaKey> load(byte[] pkcs12, char[] password, Optional<HsmKeys> hsm) {
        try {
            KeyStore store = KeyStore.getInstance(TYPE, BouncyCastle.PROVIDER);
            store.load(new ByteArrayInputStream(pkcs12), password);
            Map<String, CaKey> keys = new LinkedHashMap<>();
            for (Entry entry : entries()) {
                Optional<byte[]> onHsm = hsm.flatMap(keysThere -> keysThere.certificate(entry.alias()));
                keys.put(entry.alias(), onHsm.isPresent() ? hsmEntry(hsm.get(), entry, onHsm.get())
                        : keystoreEntry(store, entry, password));
            }
            return keys;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot open the CA keystore (wrong password or not PKCS#12?)", e);
        }
    }

    static Map<String, CaKey> load(byte[] pkcs12, char[] password) {
        return load(pkcs12, password, Optional.empty());
    }

    private static CaKey hsmEntry(HsmKeys hsm, Entry entry, byte[] certificate) throws IOException {
        if (entry.family() != CaFamily.RSA) {
            throw new IllegalStateException("the HSM holds " + entry.alias() + ", but only RSA keys can be on the HSM: "
                    + "keep the SM2 keys in the keystore");
        }
        PrivateKey key = entry.withKey() ? hsm.privateKey(entry.alias()).orElseThrow(() -> new IllegalStateException(
                "the HSM holds the certificate " + entry.alias() + " but no private key labelled so")) : null;
        return new CaKey(entry.family(), key, new X509CertificateHolder(certificate));
    }

    private static CaKey keystoreEntry(KeyStore store, Entry entry, char[] password)
            throws GeneralSecurityException, IOException {
        Certificate certificate = store.getCertificate(entry.alias());
        PrivateKey key = entry.withKey() ? (PrivateKey) store.getKey(entry.alias(), password) : null;
        if (certificate == null || entry.withKey() && key == null) {
            throw new IllegalStateException("the CA keystore has no " + (entry.withKey() ? "key entry " : "certificate ")
                    + entry.alias() + " (nor the HSM); it needs " + aliases());
        }
        return new CaKey(entry.family(), key == null ? null : entry.family().signingKey(key),
                new X509CertificateHolder(certificate.getEncoded()));
    }

    private static void put(KeyStore store, String alias, CaKey key, char[] password, CaKey... issuers)
            throws GeneralSecurityException {
        Certificate[] chain = new Certificate[issuers.length + 1];
        chain[0] = java(key.certificate());
        for (int i = 0; i < issuers.length; i++) {
            chain[i + 1] = java(issuers[i].certificate());
        }
        store.setKeyEntry(alias, key.key(), password, chain);
    }

    static X509Certificate java(X509CertificateHolder holder) throws GeneralSecurityException {
        return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(holder);
    }

    private static SubjectPublicKeyInfo spki(KeyPair keys) {
        return SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
    }

    private static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName).build();
    }

    private static Instant years(Instant from, int years) {
        return from.atOffset(ZoneOffset.UTC).plus(Period.ofYears(years)).toInstant();
    }
}
