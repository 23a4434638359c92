package org.sealdesk.seal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a GB/T 38540 seal with ofdrw ({@code org.ofdrw:ofdrw-gm}), the independent reader, and verifies the maker's
 * signature over the seal info as ofdrw encodes it, with the BouncyCastle 1.70 that ofdrw needs. Both live in a
 * class loader of their own (the build copies them to {@code target/ofdrw}; {@code sealdesk.ofdrw.dir} names
 * another folder): SealDesk's BouncyCastle 1.86 breaks ofdrw and must not meet it.
 */
public final class OfdrwSealReader {

    /** What ofdrw read. */
    public record Reading(int version, String esId, int type, String name, List<byte[]> certificates,
            String pictureType, int widthMm, int heightMm, X509Certificate maker, String signatureAlgorithm,
            boolean signatureHolds) {
    }

    private static final Map<String, String> ALGORITHMS = Map.of(
            "1.2.156.10197.1.501", "SM3withSM2",
            "1.2.840.113549.1.1.11", "SHA256withRSA");
    private static URLClassLoader loader;

    private OfdrwSealReader() {
    }

    public static synchronized Reading read(byte[] der) throws GeneralSecurityException {
        try {
            ClassLoader ofdrw = loader();
            Object seal = ofdrw.loadClass("org.ofdrw.gm.ses.v4.SESeal").getMethod("getInstance", Object.class)
                    .invoke(null, (Object) der);
            Object info = call(seal, "geteSealInfo");
            Object property = call(info, "getProperty");
            List<byte[]> certificates = new ArrayList<>();
            for (Object certificate : (Iterable<?>) call(call(property, "getCertList"), "getCerts")) {
                certificates.add((byte[]) call(certificate, "getOctets"));
            }
            Object picture = call(info, "getPicture");
            Provider bc = (Provider) ofdrw.loadClass("org.bouncycastle.jce.provider.BouncyCastleProvider")
                    .getConstructor().newInstance();
            X509Certificate maker = (X509Certificate) CertificateFactory.getInstance("X.509", bc)
                    .generateCertificate(new ByteArrayInputStream((byte[]) call(call(seal, "getCert"), "getOctets")));
            String algorithm = ALGORITHMS.get((String) call(call(seal, "getSignAlgID"), "getId"));
            Signature verifier = Signature.getInstance(algorithm, bc);
            verifier.initVerify(maker.getPublicKey());
            verifier.update((byte[]) info.getClass().getMethod("getEncoded", String.class).invoke(info, "DER"));
            boolean holds = verifier.verify((byte[]) call(call(seal, "getSignedValue"), "getBytes"));
            return new Reading(number(call(call(info, "getHeader"), "getVersion")),
                    text(call(info, "getEsID")), number(call(property, "getType")), text(call(property, "getName")),
                    certificates, text(call(picture, "getType")), number(call(picture, "getWidth")),
                    number(call(picture, "getHeight")), maker, algorithm, holds);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("ofdrw cannot read the seal: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("ofdrw's API is not as expected", e);
        }
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }

    private static int number(Object asn1Integer) throws ReflectiveOperationException {
        return (int) call(asn1Integer, "intValueExact");
    }

    private static String text(Object asn1String) throws ReflectiveOperationException {
        return (String) call(asn1String, "getString");
    }

    private static ClassLoader loader() {
        if (loader == null) {
            Path folder = Path.of(System.getProperty("sealdesk.ofdrw.dir", "target/ofdrw"));
            try (Stream<Path> jars = Files.list(folder)) {
                URL[] urls = jars.filter(jar -> jar.toString().endsWith(".jar")).map(OfdrwSealReader::url)
                        .toArray(URL[]::new);
                loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
            } catch (IOException e) {
                throw new UncheckedIOException("the ofdrw jars are not in " + folder.toAbsolutePath(), e);
            }
        }
        return loader;
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
