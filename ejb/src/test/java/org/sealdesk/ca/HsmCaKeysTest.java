package org.sealdesk.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealdesk.platform.SealDeskMode;
import org.sealdesk.token.HsmKeys;
import org.sealdesk.token.SoftHsm;

/**
 * The CA's RSA issuing key on an HSM (SoftHSM2 through PKCS#11, the key made there by pkcs11-tool and never out of
 * it): the keystore's entry gives way to the HSM's, certificates and CRLs it signs pass openssl, and an SM2 key
 * offered on the HSM is refused by name.
 */
class HsmCaKeysTest {

    private static final String TOKEN = "ukey1";

    @TempDir
    static Path folder;

    @BeforeAll
    static void issuingKeyMadeOnTheHsm() throws Exception {
        SoftHsm.assumeInstalled();
        assumeTrue(OpenSsl.installed(), "openssl and pkcs11-tool are not installed (CI installs them)");
        SoftHsm.createTokens(Path.of(System.getenv("SOFTHSM2_CONF")), 1);
        String generated = pkcs11Tool("--login", "--pin", SoftHsm.USER_PIN, "--keypairgen", "--key-type", "rsa:2048",
                "--label", "rsa-issuing", "--id", "01");
        assertTrue(generated.contains("Private Key Object"), generated);
        Path publicKey = folder.resolve("issuing.pub.der");
        pkcs11Tool("--read-object", "--type", "pubkey", "--label", "rsa-issuing", "--output-file", publicKey.toString());
        KeyPair rootKeys = TestHierarchy.keyPair("RSA", 2048);
        CaKey root = new CaKey(CaFamily.RSA, rootKeys.getPrivate(), TestHierarchy.PROFILE.root(CaFamily.RSA,
                new X500Name("C=CN,O=SealDesk Test,CN=SealDesk Test RSA Root CA (HSM)"), rootKeys, TestHierarchy.NOW,
                TestHierarchy.NOW.plus(Duration.ofDays(7300))));
        Path rootDer = Files.write(folder.resolve("root.der"), root.certificate().getEncoded());
        pkcs11Tool("--login", "--pin", SoftHsm.USER_PIN, "--write-object", rootDer.toString(), "--type", "cert",
                "--label", "rsa-root", "--id", "00");
        X509CertificateHolder certificate = TestHierarchy.PROFILE.issuingCa(root,
                new X500Name("C=CN,O=SealDesk Test,CN=SealDesk Test RSA Issuing CA (HSM)"),
                SubjectPublicKeyInfo.getInstance(Files.readAllBytes(publicKey)), TestHierarchy.NOW,
                TestHierarchy.NOW.plus(Duration.ofDays(3650)));
        Path der = Files.write(folder.resolve("issuing.der"), certificate.getEncoded());
        pkcs11Tool("--login", "--pin", SoftHsm.USER_PIN, "--write-object", der.toString(), "--type", "cert", "--label",
                "rsa-issuing", "--id", "01");
    }

    @Test
    void theHsmsIssuingKeySignsCertificatesAndCrlsThatOpenSslVerifies() throws Exception {
        try (HsmKeys hsm = HsmKeys.open(SoftHsm.LIBRARY, TOKEN, SoftHsm.USER_PIN.toCharArray())) {
            Map<String, CaKey> keys = CaKeyStore.load(TestHierarchy.keystore(), TestHierarchy.PASSWORD, Optional.of(hsm));
            CaKey issuing = keys.get("rsa-issuing");
            assertInstanceOf(HsmKeys.Key.class, issuing.key(), "the HSM's key, not the keystore's");
            assertEquals(null, issuing.key().getEncoded(), "never out of the HSM");
            assertTrue(keys.get("rsa-root").certificate().getSubject().toString().contains("(HSM)"));
            assertFalse(keys.get("rsa-seal-maker").key() instanceof HsmKeys.Key,
                    "what the HSM lacks comes from the keystore");

            Path root = OpenSsl.pem(folder.resolve("root.pem"), "CERTIFICATE",
                    keys.get("rsa-root").certificate().getEncoded());
            Path issuingPem = OpenSsl.pem(folder.resolve("issuing.pem"), "CERTIFICATE",
                    issuing.certificate().getEncoded());
            Path leaf = OpenSsl.pem(folder.resolve("leaf.pem"), "CERTIFICATE", TestHierarchy.PROFILE.signer(issuing,
                    CertificateProfile.newSerial(), new X500Name("C=CN,CN=周九"), SubjectPublicKeyInfo.getInstance(
                            TestHierarchy.keyPair("RSA", 2048).getPublic().getEncoded()), TestHierarchy.NOW,
                    TestHierarchy.NOW.plus(Duration.ofDays(365)), null).getEncoded());
            assertEquals(leaf + ": OK", OpenSsl.run("openssl", "verify", "-x509_strict", "-CAfile", root.toString(),
                    "-untrusted", issuingPem.toString(), leaf.toString()));

            Path crl = OpenSsl.pem(folder.resolve("issuing.crl.pem"), "X509 CRL", TestHierarchy.PROFILE.revocationList(
                    issuing, 1, TestHierarchy.NOW, TestHierarchy.NOW.plus(Duration.ofDays(7)), List.of()).getEncoded());
            String checked = OpenSsl.run("openssl", "crl", "-in", crl.toString(), "-CAfile", issuingPem.toString(),
                    "-noout");
            assertTrue(checked.contains("verify OK"), checked);
        }
    }

    @Test
    void aServerConfiguredWithTheHsmTakesItsKeysFromThere() throws Exception {
        CertificateAuthority ca = new CertificateAuthority();
        ca.keystore = Optional.of(Files.write(folder.resolve("ca.p12"), TestHierarchy.keystore()).toString());
        ca.keystorePassword = Optional.of(new String(TestHierarchy.PASSWORD));
        ca.hsmLibrary = Optional.of(SoftHsm.LIBRARY.toString());
        ca.hsmToken = Optional.of(TOKEN);
        ca.hsmPin = Optional.of(SoftHsm.USER_PIN);
        ca.siteUrl = Optional.of(TestHierarchy.SITE);
        ca.policyOid = TestHierarchy.POLICY;
        ca.organisation = "SealDesk Test";
        ca.mode = new SealDeskMode();
        ca.load();
        try {
            assertInstanceOf(HsmKeys.Key.class, ca.issuing(CaFamily.RSA).key());
            assertTrue(ca.describe().contains("with the keys rsa-issuing on the HSM token " + TOKEN), ca.describe());
        } finally {
            ca.close();
        }
    }

    @Test
    void anSm2KeyOnTheHsmIsRefusedByName() throws Exception {
        Path sm2 = Files.write(folder.resolve("sm2-seal-maker.der"), TestHierarchy.key(CaFamily.SM2,
                CaRole.SEAL_MAKER).certificate().getEncoded());
        pkcs11Tool("--login", "--pin", SoftHsm.USER_PIN, "--write-object", sm2.toString(), "--type", "cert", "--label",
                "sm2-seal-maker", "--id", "02");
        try (HsmKeys hsm = HsmKeys.open(SoftHsm.LIBRARY, TOKEN, SoftHsm.USER_PIN.toCharArray())) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> CaKeyStore.load(
                    TestHierarchy.keystore(), TestHierarchy.PASSWORD, Optional.of(hsm)));
            assertTrue(refused.getMessage().contains("sm2-seal-maker") && refused.getMessage().contains("only RSA"),
                    refused.getMessage());
        } finally {
            pkcs11Tool("--login", "--pin", SoftHsm.USER_PIN, "--delete-object", "--type", "cert", "--label",
                    "sm2-seal-maker");
        }
    }

    private static String pkcs11Tool(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("pkcs11-tool", "--module", SoftHsm.LIBRARY.toString(),
                "--token-label", TOKEN));
        command.addAll(List.of(arguments));
        return OpenSsl.run(command.toArray(String[]::new));
    }
}
