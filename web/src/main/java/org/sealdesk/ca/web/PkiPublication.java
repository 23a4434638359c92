package org.sealdesk.ca.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.sealdesk.ca.CertificateAuthority;
import org.sealdesk.ca.PlatformSeals;
import org.sealdesk.ca.RevocationLists;
import org.sealdesk.production.TicketKey;

/**
 * What relying parties fetch without signing in: {@code /pki/} lists the CA certificates with their SHA-256
 * fingerprints, {@code /pki/ca/<name>.cer} serves each (DER), {@code /pki/crl/<issuing CA>.crl} its CRL,
 * {@code /pki/platform-seal.der} the platform's own seal, {@code /pki/ticket-key.pem} the ticket key.
 */
@Path("/")
@RequestScoped
public class PkiPublication {

    private static final int A_DAY = 24 * 60 * 60;
    private static final int CRL_MAX_AGE = 60;

    @Inject
    CertificateAuthority ca;

    @Inject
    TicketKey ticketKey;

    @EJB
    PlatformSeals platformSeals;

    @EJB
    RevocationLists revocationLists;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response index() {
        StringBuilder rows = new StringBuilder();
        for (String name : ca.published()) {
            byte[] der = ca.publishedCertificate(name).orElseThrow();
            rows.append("<tr><td><a href=\"ca/").append(name).append(".cer\">").append(name).append(".cer</a></td><td>")
                    .append(escape(ca.subjectOf(name))).append("</td><td><code>").append(sha256(der))
                    .append("</code></td></tr>\n");
        }
        String crls = String.join("、", revocationLists.issuers().stream()
                .map(name -> "<a href=\"crl/" + name + ".crl\">" + name + ".crl</a>").toList());
        String page = """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8"><title>SealDesk 证书服务</title></head>
                <body><main><h1>SealDesk 证书服务</h1>
                <p>根证书与签发证书（DER 格式）。核对 SHA-256 指纹后再导入信任列表。ukey 助手的 <code>--ticket-key</code>：<a href="ticket-key.pem">ticket-key.pem</a>。平台印章（GB/T 38540，DER）：<a href="platform-seal.der">platform-seal.der</a>。</p>
                <p>证书吊销列表（CRL，吊销后一分钟内更新）：%s。</p>
                <table><thead><tr><th scope="col">文件</th><th scope="col">主题</th><th scope="col">SHA-256</th></tr></thead>
                <tbody>
                %s</tbody></table></main></body></html>
                """.formatted(crls, rows);
        return Response.ok(page).cacheControl(maxAge(60)).build();
    }

    @GET
    @Path("ca/{name}.cer")
    @Produces("application/pkix-cert")
    public Response certificate(@PathParam("name") String name) {
        byte[] der = ca.publishedCertificate(name).orElseThrow(NotFoundException::new);
        return Response.ok(der).cacheControl(maxAge(A_DAY)).build();
    }

    /**
     * An issuing CA's last CRL (DER). Cached for at most a minute: OCSP answers at once, the CRL within a minute, and
     * a relying party holding an older CRL may trust it until its nextUpdate.
     */
    @GET
    @Path("crl/{name}.crl")
    @Produces("application/pkix-crl")
    public Response revocationList(@PathParam("name") String name) {
        RevocationLists.Published list = revocationLists.published(name).orElseThrow(NotFoundException::new);
        long untilNext = Duration.between(clock.instant(), list.nextUpdate()).toSeconds();
        return Response.ok(list.der()).cacheControl(maxAge((int) Math.max(0, Math.min(CRL_MAX_AGE, untilNext))))
                .build();
    }

    /** The platform's own seal, whose stamp its invoices and PDFs carry. */
    @GET
    @Path("platform-seal.der")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response platformSeal() {
        return Response.ok(platformSeals.structure()).cacheControl(maxAge(A_DAY)).build();
    }

    /** The key the connector checks the server's tickets with: its {@code --ticket-key}. */
    @GET
    @Path("ticket-key.pem")
    @Produces("application/x-pem-file")
    public Response ticketKey() {
        return Response.ok(ticketKey.publicKeyPem()).cacheControl(maxAge(60)).build();
    }

    private static CacheControl maxAge(int seconds) {
        CacheControl control = new CacheControl();
        control.setMaxAge(seconds);
        return control;
    }

    private static String sha256(byte[] der) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
