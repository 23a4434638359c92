package org.sealdesk.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sealdesk.connector.local.RunningConnector;
import org.sealdesk.token.SoftHsm;

/**
 * The ukey 助手 as a visitor downloads it (no sign-in): the connector this build made, and the launchers made for
 * this site. The Linux launcher, run as a user runs it with the PKCS#11 library as its argument, starts that
 * connector for this site's origin with the server's ticket key, and the connector lists the ukeys.
 */
class ConnectorDownloadIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path folder;

    @Test
    void theLinuxLauncherStartsTheDownloadedConnectorForThisSite() throws Exception {
        SoftHsm.assumeInstalled();
        Path conf = folder.resolve("softhsm/softhsm2.conf");
        SoftHsm.createTokens(conf, 1);
        byte[] jar = download("/downloads/connector.jar", "application/java-archive");
        assertArrayEquals(Files.readAllBytes(Path.of(System.getProperty("sealdesk.it.connector-jar"))), jar,
                "the connector this build made");
        Path helper = Files.createDirectories(folder.resolve("ukey-helper"));
        Files.write(helper.resolve("connector.jar"), jar);
        Path launcher = Files.write(helper.resolve("sealdesk-connector.sh"),
                download("/downloads/sealdesk-connector.sh", "text/x-shellscript"));
        String origin = siteOrigin(Files.readString(launcher));

        Path home = Files.createDirectories(folder.resolve("home"));
        try (RunningConnector connector = RunningConnector.run(List.of("sh", launcher.toString(),
                SoftHsm.LIBRARY.toString()), Map.of("HOME", home.toString(), "SOFTHSM2_CONF", conf.toString(),
                "SEALDESK_CONNECTOR_PORT", "0", "PATH", Path.of(RunningConnector.java()).getParent() + ":/usr/bin:/bin"))) {
            assertEquals(new String(download("/pki/ticket-key.pem", "application/x-pem-file"), StandardCharsets.US_ASCII)
                    .strip(), Files.readString(home.resolve(".sealdesk/ticket-key.pem")).strip(), "the server's key");
            assertEquals(2, connectorJson(connector, origin, "/v1/about").getInt("release"));
            assertEquals(1, connectorJson(connector, origin, "/v1/tokens").getJsonArray("tokens").stream()
                    .filter(token -> token.asJsonObject().getBoolean("initialised")).count(),
                    "the SoftHSM2 ukey, through the library the launcher was given: " + connector.log());
        }
    }

    @Test
    void theWindowsLauncherIsWrittenForCmdInTheChineseCodePage() throws Exception {
        String origin = siteOrigin(new String(download("/downloads/sealdesk-connector.sh", "text/x-shellscript"),
                StandardCharsets.UTF_8));
        String launcher = new String(download("/downloads/sealdesk-connector.cmd", "application/x-bat"),
                Charset.forName("GBK"));
        assertTrue(launcher.startsWith("@echo off\r\n") && launcher.contains("\r\necho -----BEGIN PUBLIC KEY-----\r\n")
                && launcher.contains("--origin " + origin + " ") && launcher.contains("未找到 ukey 驱动")
                && !launcher.replace("\r\n", "").contains("\n"), launcher);
    }

    private static byte[] download(String path, String type) throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(IntegrationServer.url() + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), path);
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith(type), path);
        return answer.body();
    }

    /** The site the launcher starts the connector for: this server's site address, on its port. */
    private static String siteOrigin(String launcher) {
        Matcher origin = Pattern.compile("--origin '([^']+)'").matcher(launcher);
        assertTrue(origin.find(), launcher);
        assertTrue(origin.group(1).endsWith(":" + URI.create(IntegrationServer.url()).getPort()), origin.group(1));
        return origin.group(1);
    }

    private static JsonObject connectorJson(RunningConnector connector, String origin, String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + connector.port()
                + path)).header("Origin", origin).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject();
    }
}
