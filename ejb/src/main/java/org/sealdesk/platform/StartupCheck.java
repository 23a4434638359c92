package org.sealdesk.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.sealdesk.account.IdentityVerifier;
import org.sealdesk.audit.AuditLog;
import org.sealdesk.ca.CertificateAuthority;
import org.sealdesk.ca.PlatformSeals;
import org.sealdesk.ca.RevocationLists;
import org.sealdesk.crypto.DataCipher;
import org.sealdesk.document.DocumentStore;
import org.sealdesk.invoice.Invoicing;
import org.sealdesk.mail.Mailer;
import org.sealdesk.production.TicketKey;
import org.sealdesk.replacement.FormerCas;
import org.sealdesk.shipping.Courier;
import org.sealdesk.sms.SmsGateway;

/**
 * Brings the schema up to date before anything uses it, checks that the keys and the PDF font are there, and says
 * in the log which database, adapters and mode this server runs with.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupCheck {

    private static final Logger LOG = Logger.getLogger(StartupCheck.class.getName());

    @Resource(lookup = "jdbc/sealdesk")
    DataSource dataSource;

    @Inject
    IdentityVerifier identityVerifier;

    @Inject
    SealDeskMode mode;

    @Inject
    DataCipher cipher;

    @Inject
    SmsGateway smsGateway;

    @Inject
    AuditLog audit;

    @Inject
    Courier courier;

    @Inject
    Invoicing invoicing;

    @Inject
    Mailer mailer;

    @Inject
    CertificateAuthority ca;

    @Inject
    TicketKey ticketKey;

    @Inject
    FormerCas formerCas;

    @Inject
    DocumentStore documents;

    @EJB
    PlatformSeals platformSeals;

    @EJB
    RevocationLists revocationLists;

    @Inject
    @ConfigProperty(name = "sealdesk.pdf.font")
    Optional<String> pdfFont;

    @PostConstruct
    void start() {
        MigrateResult migrated = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                // Liberty lists a classpath folder only with a marker file in it: db/migration/flyway.location.
                // Flyway also always looks at db/callback, hence its (empty) marker there, so no ERROR is logged.
                .locations("classpath:db/migration")
                .load()
                .migrate();
        cipher.keyedHash("start-up", "key present");
        audit.startChain();
        String database = describeDatabase();
        LOG.info(() -> String.format("SealDesk schema at version %s (%d migrations applied now) on %s",
                migrated.targetSchemaVersion == null ? migrated.initialSchemaVersion : migrated.targetSchemaVersion,
                migrated.migrationsExecuted, database));
        LOG.info(() -> "SealDesk SMS gateway: " + smsGateway.describe());
        LOG.info(() -> "SealDesk identity check: " + identityVerifier.describe());
        LOG.info(() -> "SealDesk courier: " + courier.describe());
        LOG.info(() -> "SealDesk invoicing: " + invoicing.describe());
        LOG.info(() -> "SealDesk mail: " + mailer.describe());
        LOG.info(() -> "SealDesk documents: " + documents.describe());
        LOG.info(() -> "SealDesk PDF font: " + CjkFont.of(pdfFont).describe());
        String caKeys = ca.describe();
        LOG.info(() -> "SealDesk CA: " + caKeys);
        String crls = revocationLists.describe();
        LOG.info(() -> "SealDesk CRLs: " + crls);
        String platformSeal = platformSeals.current().getEsId();
        LOG.info(() -> "SealDesk platform seal: " + platformSeal + ", published at /pki/platform-seal.der");
        String formerCa = formerCas.describe();
        LOG.info(() -> "SealDesk ukey replacement: " + formerCa);
        if (mode.isDemo()) {
            LOG.warning("SealDesk runs in DEMO mode (sealdesk.demo=true): generated keys, built-in adapters; "
                    + "SMS codes can be read at /demo/outbox.xhtml. Set sealdesk.demo=false in production.");
            String connector = demoConnectorCommand();
            LOG.info(() -> "SealDesk demo production: start the ukey connector with a blank software ukey for this "
                    + "site (again for each order), then produce from /staff/production.xhtml: " + connector);
        }
    }

    private String demoConnectorCommand() {
        Path publicKey = DemoSecrets.path("ticket-key.pub.pem");
        try {
            Files.writeString(publicKey, ticketKey.publicKeyPem());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + publicKey, e);
        }
        return "java -jar connector/target/connector.jar --origin " + ca.siteUrl() + " --ticket-key " + publicKey
                + " --software-tokens " + Path.of(System.getProperty("user.home"), ".sealdesk", "demo-tokens")
                + " --blank 1";
    }

    private String describeDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " (" + meta.getURL() + ")";
        } catch (SQLException e) {
            throw new IllegalStateException("Database unreachable at start-up", e);
        }
    }
}
