package org.sealdesk.ca;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.certificate.Certificates;
import org.sealdesk.platform.DemoSecrets;
import org.sealdesk.platform.SealDeskMode;
import org.sealdesk.token.HsmKeys;

/**
 * The platform's CA: its keys (demo mode creates them at the first start in {@code demo-secrets/ca.p12} with a
 * generated password; production configures {@code sealdesk.ca.keystore} and {@code sealdesk.ca.keystore-password}
 * and the server refuses to start without them), the certificates it signs, and what it publishes under
 * {@code /pki/ca}.
 */
@ApplicationScoped
public class CertificateAuthority {

    static final String KEYSTORE = "sealdesk.ca.keystore";
    static final String KEYSTORE_PASSWORD = "sealdesk.ca.keystore-password";
    static final String SITE_URL = "sealdesk.site.url";
    static final String HSM_LIBRARY = "sealdesk.ca.pkcs11.library";
    static final String HSM_TOKEN = "sealdesk.ca.pkcs11.token";
    static final String HSM_PIN = "sealdesk.ca.pkcs11.pin";

    @Inject
    @ConfigProperty(name = KEYSTORE)
    Optional<String> keystore;

    @Inject
    @ConfigProperty(name = KEYSTORE_PASSWORD)
    Optional<String> keystorePassword;

    /** The HSM holding the CA's RSA keys, if any: its PKCS#11 library, the token's label and the user PIN. */
    @Inject
    @ConfigProperty(name = HSM_LIBRARY)
    Optional<String> hsmLibrary;

    @Inject
    @ConfigProperty(name = HSM_TOKEN)
    Optional<String> hsmToken;

    @Inject
    @ConfigProperty(name = HSM_PIN)
    Optional<String> hsmPin;

    @Inject
    @ConfigProperty(name = "sealdesk.ca.organisation", defaultValue = "SealDesk Demo")
    String organisation;

    /** A UUID-based OID (ITU-T X.667, arc 2.25) until the platform registers its own policy. */
    @Inject
    @ConfigProperty(name = "sealdesk.ca.policy-oid", defaultValue = "2.25.19146275717135472625112324423049290694")
    String policyOid;

    @Inject
    @ConfigProperty(name = SITE_URL)
    Optional<String> siteUrl;

    @Inject
    @ConfigProperty(name = "HTTP_PORT", defaultValue = "9080")
    String httpPort;

    @Inject
    SealDeskMode mode;

    @Inject
    Clock clock;

    private String site;
    private CertificateProfile profile;
    private Map<String, CaKey> keys;
    private String source;
    private Optional<HsmKeys> hsm = Optional.empty();

    @PostConstruct
    void load() {
        site = setting(siteUrl, SITE_URL, "http://localhost:" + httpPort);
        profile = new CertificateProfile(site, policyOid);
        if (hsmLibrary.isPresent()) {
            String token = setting(hsmToken, HSM_TOKEN, null);
            hsm = Optional.of(HsmKeys.open(Path.of(hsmLibrary.get().trim()), token,
                    setting(hsmPin, HSM_PIN, null).toCharArray()));
        }
        if (keystore.isPresent()) {
            char[] password = setting(keystorePassword, KEYSTORE_PASSWORD, null).toCharArray();
            keys = CaKeyStore.load(read(Path.of(keystore.get())), password, hsm);
            source = "keystore " + keystore.get();
        } else if (mode.isDemo()) {
            char[] password = new String(DemoSecrets.readOrCreate("ca.password", CertificateAuthority::newPassword,
                    KEYSTORE_PASSWORD), StandardCharsets.US_ASCII).toCharArray();
            keys = CaKeyStore.load(DemoSecrets.readOrCreate("ca.p12",
                    () -> CaKeyStore.create(profile, organisation, password, clock.instant()), KEYSTORE), password, hsm);
            source = "DEMO keystore " + DemoSecrets.path("ca.p12");
        } else {
            throw missing(KEYSTORE);
        }
        if (hsm.isPresent()) {
            source += ", with the keys " + String.join(", ", keys.entrySet().stream().filter(entry -> entry.getValue()
                    .key() instanceof HsmKeys.Key).map(Map.Entry::getKey).toList()) + " on the HSM token "
                    + hsmToken.orElseThrow().trim();
        }
    }

    @PreDestroy
    void close() {
        hsm.ifPresent(HsmKeys::close);
    }

    private String setting(Optional<String> value, String name, String demoDefault) {
        if (value.isPresent()) {
            return value.get().trim();
        }
        if (mode.isDemo() && demoDefault != null) {
            return demoDefault;
        }
        throw missing(name);
    }

    private static IllegalStateException missing(String setting) {
        return new IllegalStateException("The CA needs " + setting + " (outside demo mode: " + KEYSTORE
                + " = a PKCS#12 file holding " + CaKeyStore.aliases() + ", " + KEYSTORE_PASSWORD + ", " + SITE_URL
                + " = the address relying parties reach)");
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CA keystore " + file.toAbsolutePath(), e);
        }
    }

    private static byte[] newPassword() {
        byte[] raw = new byte[24];
        new SecureRandom().nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encode(raw);
    }

    /** The site's public address, as certificates name it. */
    public String siteUrl() {
        return site;
    }

    /** For the start-up log. */
    public String describe() {
        return source + "; " + String.join(", ", published().stream().map(name -> name + " = " + subjectOf(name))
                .toList());
    }

    /** The CA certificates relying parties fetch, by name: the roots and the issuing CAs. */
    public List<String> published() {
        return List.of(CaFamily.RSA.alias(CaRole.ROOT), CaFamily.RSA.alias(CaRole.ISSUING),
                CaFamily.SM2.alias(CaRole.ROOT), CaFamily.SM2.alias(CaRole.ISSUING));
    }

    /** A published CA certificate, DER. */
    public Optional<byte[]> publishedCertificate(String name) {
        return published().contains(name) ? Optional.of(encoded(key(name).certificate())) : Optional.empty();
    }

    /** A published CA certificate's subject, as RFC 4514 writes it. */
    public String subjectOf(String name) {
        return key(name).certificate().getSubject().toString();
    }

    CertificateProfile profile() {
        return profile;
    }

    CaKey issuing(CaFamily family) {
        return key(family.alias(CaRole.ISSUING));
    }

    /** The platform's own key and certificate: the seller's. */
    CaKey platform() {
        return key(CaKeyStore.PLATFORM);
    }

    /** The family's delegated OCSP responder (id-kp-OCSPSigning, ocsp-nocheck). */
    CaKey ocspResponder(CaFamily family) {
        return key(family.alias(CaRole.OCSP));
    }

    CaKey sealMaker(CaFamily family) {
        return key(family.alias(CaRole.SEAL_MAKER));
    }

    static byte[] encoded(X509CRLHolder list) {
        try {
            return list.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CaKey key(String alias) {
        return keys.get(alias);
    }

    /** The family's issuing CA's CRL, signed. */
    X509CRLHolder revocationList(CaFamily family, long number, Instant thisUpdate, Instant nextUpdate,
            List<Certificates.Status> entries) {
        return profile.revocationList(issuing(family), number, thisUpdate, nextUpdate, entries);
    }

    static byte[] encoded(X509CertificateHolder certificate) {
        try {
            return certificate.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
