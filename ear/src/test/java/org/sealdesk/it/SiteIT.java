package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** What every visitor meets whatever the page: sessions, cookies, files, forged posts, compression, caching. */
class SiteIT {

    @Test
    void anOldSingleSignOnCookieSignsNobodyIn() {
        FacesClient visitor = FacesClient.forServer();
        visitor.addCookie("LtpaToken2", "bW9yZSB0aGFuIGEgeWVhciBvbGQgTFRQQSB0b2tlbiBmcm9tIGFuIGVhcmxpZXIgc2VydmVy");
        assertEquals(200, visitor.get("/index.xhtml").statusCode());
        assertTrue(visitor.page().text().contains("登录"), "the home page for a visitor");
        visitor.get("/account/index.xhtml");
        assertEquals("/login.xhtml", visitor.currentPath());
    }

    @Test
    void theSiteIconIsServedAndAMissingFileIsAPlainNotFoundPage() {
        FacesClient visitor = FacesClient.forServer();
        HttpResponse<String> icon = visitor.get("/favicon.ico");
        assertEquals(200, icon.statusCode());
        assertEquals("image/x-icon", icon.headers().firstValue("Content-Type").orElse(null));
        HttpResponse<String> missing = visitor.get("/wp-login.php");
        assertEquals(404, missing.statusCode());
        assertTrue(visitor.page().text().contains("页面不存在"), visitor.page().text());
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (Map.Entry<String, String> forged : Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site").entrySet()) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url() + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header(forged.getKey(), forged.getValue())
                    .POST(HttpRequest.BodyPublishers.ofString("signInTabs%3ApasswordForm=signInTabs%3ApasswordForm")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, refused.statusCode(), forged.toString());
        }
    }

    /** Reserved for relying parties (CRL, OCSP): JSON, never a Faces page, no session, posts from anywhere. */
    @Test
    void thePkiPathIsNoPageAndOpensNoSession() throws Exception {
        for (String path : List.of("/pki/crl/sealdesk-rsa.crl", "/pki/index.xhtml", "/pki/ca/platform.cer")) {
            FacesClient visitor = FacesClient.forServer();
            HttpResponse<String> answer = visitor.get(path);
            assertEquals(404, answer.statusCode(), path);
            assertEquals("application/json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0], path);
            assertTrue(answer.body().contains("\"error\":\"not_found\""), answer.body());
            assertTrue(visitor.cookiesSet().isEmpty(), path + " set " + visitor.cookiesSet());
        }
        HttpResponse<String> crossSite = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                IntegrationServer.url() + "/pki/ocsp")).header("Sec-Fetch-Site", "cross-site")
                .header("Content-Type", "application/ocsp-request").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2]))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, crossSite.statusCode(), "not refused as a forged form post: OCSP answers");
        assertEquals("application/ocsp-response", crossSite.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aVisitorsPagesOpenNoSession() {
        for (String page : List.of("/", "/index.xhtml", "/login.xhtml", "/register.xhtml", "/forgot-password.xhtml",
                "/staff/login.xhtml", "/demo/outbox.xhtml", "/verify.xhtml", "/no-such-page.xhtml", "/wp-login.php",
                "/third/seal/apply?type=0&appKey=16e1a4597ff74165a7d4fe525bd612d9&sealSort=1")) {
            FacesClient visitor = FacesClient.forServer();
            visitor.get(page);
            assertTrue(visitor.cookiesSet().stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    page + " opened a session: " + visitor.cookiesSet());
        }
    }

    @Test
    void textIsSentCompressedAndOurStylesAndScriptsCarryTheirVersion() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url() + "/login.xhtml"))
                .build(), HttpResponse.BodyHandlers.ofString());
        List<String> resources = Jsoup.parse(page.body()).select("script[src], link[rel=stylesheet]").stream()
                .map(e -> e.hasAttr("src") ? e.attr("src") : e.attr("href")).toList();
        assertTrue(resources.stream().anyMatch(r -> r.matches("/jakarta.faces.resource/css/sealdesk.css.xhtml\\?v=[0-9a-f]{12}")),
                resources.toString());
        for (String resource : resources) {
            HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url() + resource))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> sent = http.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url() + resource))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, sent.statusCode(), resource);
            if (plain.body().length > 2048) { // the server leaves tiny bodies as they are
                assertEquals("gzip", sent.headers().firstValue("Content-Encoding").orElse(null), resource);
            }
            assertTrue(sent.headers().firstValue("Cache-Control").orElse("").contains("max-age="), resource);
        }
        HttpResponse<byte[]> compressedPage = http.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url()
                + "/login.xhtml")).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", compressedPage.headers().firstValue("Content-Encoding").orElse(null));
    }
}
