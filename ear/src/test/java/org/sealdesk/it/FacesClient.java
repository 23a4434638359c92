package org.sealdesk.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A visitor without JavaScript that still talks to SealDesk's pages the way PrimeFaces does: it
 * keeps cookies, fills a form's fields, and posts a button as a Faces partial (AJAX) request,
 * following the redirect a successful step answers with.
 */
public final class FacesClient {

    private final URI base;
    private final CookieManager cookies;
    private final HttpClient http;
    private final List<String> cookiesSet = new ArrayList<>();
    private Document page;
    private URI pageUri;

    public FacesClient(URI base) {
        this(base, new CookieManager());
    }

    private FacesClient(URI base, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        // HTTP/1.1: the JDK client's h2c upgrade against Liberty can stall a response.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static FacesClient forServer() {
        return new FacesClient(URI.create(IntegrationServer.url()));
    }

    /** Another tab of the same browser: the same cookies (so the same session), its own page. */
    public FacesClient newTab() {
        return new FacesClient(base, cookies);
    }

    /**
     * Opens a page (following redirects). Like every page a test opens, it must be whole: a status below 500
     * and, for a page of the site, rendered to its footer.
     */
    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path)).GET());
        pageUri = response.uri();
        page = Jsoup.parse(response.body(), response.uri().toString());
        boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
        if (response.statusCode() >= 500 || html && page.selectFirst("footer.sd-footer") == null) {
            throw new AssertionError(path + " is not whole: HTTP " + response.statusCode() + "\n" + page.text());
        }
        return response;
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** As when the server's session expired: the browser still sends its session cookie, which the server no longer knows. */
    public void expireSession() {
        HttpCookie stale = new HttpCookie("JSESSIONID", "0000expiredSessionOfAnEarlierVisit0:sealdesk");
        stale.setPath("/");
        stale.setVersion(0);
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
        cookies.getCookieStore().add(base, stale);
    }

    /** Sends a cookie as an earlier visit (or another browser) might have left it. */
    public void addCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    public boolean hasCookie(String name) {
        return cookies.getCookieStore().getCookies().stream().anyMatch(c -> c.getName().equals(name));
    }

    public Document page() {
        return page;
    }

    public String currentPath() {
        return pageUri.getPath();
    }

    /** The current page's path with its query, as the address bar shows it. */
    public String currentAddress() {
        return pageUri.getRawPath() + (pageUri.getRawQuery() == null ? "" : "?" + pageUri.getRawQuery());
    }

    /** Fills the named form's inputs (by id within the form) and posts {@code button} as PrimeFaces would. */
    public PartialResponse submit(String formId, String buttonId, String execute, Map<String, String> fields) {
        Element form = form(formId);
        Map<String, String> data = formData(form, fields);
        String source = formId + ":" + buttonId;
        data.put("jakarta.faces.partial.ajax", "true");
        data.put("jakarta.faces.source", source);
        data.put("jakarta.faces.partial.execute", execute);
        data.put("jakarta.faces.partial.render", "@all");
        data.put(source, source);

        String body = data.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        URI action = pageUri.resolve(form.attr("action"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        Document partial = Jsoup.parse(response.body(), "", Parser.xmlParser());
        Element redirect = partial.selectFirst("redirect");
        if (redirect != null) {
            get(redirect.attr("url"));
            return new PartialResponse(page.text(), true);
        }
        StringBuilder text = new StringBuilder();
        for (Element update : partial.select("update")) {
            if (update.id().contains("ViewState")) {
                page.select("input[name=jakarta.faces.ViewState]").val(update.text());
            } else {
                text.append(Jsoup.parse(update.text()).text()).append('\n');
            }
        }
        Element error = partial.selectFirst("error");
        if (error != null) {
            throw new AssertionError("Server error in partial response: " + error.text());
        }
        return new PartialResponse(text.toString(), false);
    }

    /** Posts the form without AJAX, as a button with ajax="false" does (a file download); the page stays. */
    public HttpResponse<String> post(String formId, String buttonId, Map<String, String> fields) {
        Element form = form(formId);
        Map<String, String> data = formData(form, fields);
        data.put(formId + ":" + buttonId, "");
        String body = data.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(pageUri.resolve(form.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Element form(String formId) {
        Element form = page.getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form " + formId + " on " + pageUri + ":\n" + page.text());
        }
        return form;
    }

    /** The form's own inputs as the page holds them, then {@code fields} (by id within the form). */
    private static Map<String, String> formData(Element form, Map<String, String> fields) {
        Map<String, String> data = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (!type.equals("submit") && !type.equals("button") && !type.equals("checkbox")) {
                data.put(input.attr("name"), input.val());
            }
        }
        fields.forEach((id, value) -> data.put(form.id() + ":" + id, value));
        return data;
    }

    /** The id (within the form) of a button in the table's row whose text contains {@code rowText}. */
    public String rowButton(String formId, String tableId, String rowText, String button) {
        for (Element row : page.select("#" + formId + "\\:" + tableId + " tbody tr")) {
            if (row.text().replaceAll("\\s+", " ").contains(rowText)) {
                return row.selectFirst("button[id$=':" + button + "']").id().substring(formId.length() + 1);
            }
        }
        throw new AssertionError("No row with " + rowText + " in " + tableId + ":\n" + page.text());
    }

    /** Processes the whole form, as a button with process="@form" does (PrimeFaces sends the form's id). */
    public PartialResponse submit(String formId, String buttonId, Map<String, String> fields) {
        return submit(formId, buttonId, formId, fields);
    }

    /** Every Set-Cookie header the server sent this visitor, oldest first (redirects included). */
    public List<String> cookiesSet() {
        return List.copyOf(cookiesSet);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (HttpResponse<String> hop = response; hop != null; hop = hop.previousResponse().orElse(null)) {
                cookiesSet.addAll(0, hop.headers().allValues("Set-Cookie"));
            }
            return response;
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** What the page showed after a partial request, as text; or the page redirected to. */
    public record PartialResponse(String text, boolean redirected) {
    }
}
