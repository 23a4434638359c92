package org.sealdesk.replacement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.platform.SealDeskMode;
import org.sealdesk.token.BouncyCastle;

/**
 * The former CA (深圳 CA) as SealDesk trusts it for ukey 更换: its CA certificates (files, PEM or DER, one or several
 * each) and, where configured, its revocation lists. Files are read at each use, so a deployment that fetches the
 * former CA's newest CRL into the configured file is believed at once, on every server. Without certificates
 * configured, demo mode trusts its own test CA ({@link DemoFormerCa}) and production offers no replacement.
 */
@ApplicationScoped
public class FormerCas {

    static final String CERTIFICATES = "sealdesk.replacement.former-ca-certificates";
    static final String REVOCATION_LISTS = "sealdesk.replacement.former-ca-crls";

    @Inject
    @ConfigProperty(name = CERTIFICATES)
    Optional<List<String>> certificates;

    @Inject
    @ConfigProperty(name = REVOCATION_LISTS)
    Optional<List<String>> revocationLists;

    @Inject
    SealDeskMode mode;

    @Inject
    DemoFormerCa demoCa;

    /** Some former CA is trusted: certificates are configured, or demo mode stands in with its test CA. */
    public boolean anyTrusted() {
        return configuredFiles() || mode.isDemo();
    }

    /** Demo mode's test CA is the one trusted: none is configured. */
    public boolean demo() {
        return !configuredFiles() && mode.isDemo();
    }

    /** For the start-up log: whom replacement trusts. */
    public String describe() {
        if (demo()) {
            return "trusts demo mode's test former CA (" + demoCa.certificate().getSubjectX500Principal().getName()
                    + "); the ukey 更换 page offers its keys and certificates to try with (README)";
        }
        return configuredFiles() ? "former CA certificates from " + certificates.get()
                + revocationLists.map(lists -> ", CRLs from " + lists).orElse(", no CRL configured")
                : "not offered (" + CERTIFICATES + " is not set)";
    }

    private boolean configuredFiles() {
        return certificates.isPresent() && !certificates.get().isEmpty();
    }

    /** @throws IllegalStateException when a configured file cannot be read, naming the setting */
    public FormerCertificateCheck.Trust trust() {
        List<X509Certificate> authorities = new ArrayList<>();
        List<X509CRL> lists = new ArrayList<>();
        if (demo()) {
            authorities.add(demoCa.certificate());
        }
        for (String file : certificates.orElse(List.of())) {
            read(file, CERTIFICATES, in -> factory().generateCertificates(in).forEach(
                    certificate -> authorities.add((X509Certificate) certificate)));
        }
        for (String file : revocationLists.orElse(List.of())) {
            read(file, REVOCATION_LISTS, in -> factory().generateCRLs(in).forEach(crl -> lists.add((X509CRL) crl)));
        }
        return new FormerCertificateCheck.Trust(authorities, lists);
    }

    private interface Reader {
        void read(InputStream in) throws CertificateException, CRLException;
    }

    private static void read(String file, String setting, Reader reader) {
        try (InputStream in = Files.newInputStream(Path.of(file.strip()))) {
            reader.read(in);
        } catch (IOException | CertificateException | CRLException e) {
            throw new IllegalStateException(setting + ": cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static CertificateFactory factory() throws CertificateException {
        return CertificateFactory.getInstance("X.509", BouncyCastle.PROVIDER);
    }
}
