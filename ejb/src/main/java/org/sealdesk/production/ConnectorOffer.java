package org.sealdesk.production;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.sealdesk.ca.CertificateAuthority;
import org.sealdesk.token.ConnectorRelease;

/**
 * The ukey 助手 as this site offers it: the release its pages need, and the launchers, made for this site: each writes the server's ticket key where the connector reads it and
 * starts {@code connector.jar} (beside it) for this site's origin with the ukey vendor's PKCS#11 library — the one
 * named as first argument or in {@code SEALDESK_PKCS11}, else (Linux) OpenSC's where installed. A Java runtime in a
 * {@code runtime/} folder beside it is used before the one on the PATH.
 */
@ApplicationScoped
public class ConnectorOffer {

    /** Windows runs .cmd files in the system's ANSI code page: GBK on Chinese Windows. */
    public static final Charset WINDOWS_CHARSET = Charset.forName("GBK");

    @Inject
    CertificateAuthority ca;

    @Inject
    TicketKey ticketKey;

    /** The connector release the pages need; an older one is to be replaced by the one offered here. */
    public int release() {
        return ConnectorRelease.CURRENT;
    }

    /** {@code sealdesk-connector.sh}, UTF-8. */
    public byte[] linux() {
        return """
                #!/bin/sh
                # SealDesk ukey 助手 for %1$s: starts connector.jar (beside this file) for this site.
                #   sh sealdesk-connector.sh [the ukey vendor's PKCS#11 library, e.g. /usr/lib/vendor/libukey-pkcs11.so]
                set -e
                HERE=$(cd "$(dirname "$0")" && pwd)
                DATA="$HOME/.sealdesk"
                mkdir -p "$DATA"
                cat > "$DATA/ticket-key.pem" <<'PEM'
                %2$sPEM
                LIBRARY="${1:-$SEALDESK_PKCS11}"
                if [ -z "$LIBRARY" ]; then
                  for candidate in /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so /usr/lib64/opensc-pkcs11.so /usr/lib/opensc-pkcs11.so; do
                    if [ -f "$candidate" ]; then LIBRARY="$candidate"; break; fi
                  done
                fi
                if [ -z "$LIBRARY" ]; then
                  echo "未找到 ukey 驱动：请安装 ukey 厂商的驱动，并把它的 PKCS#11 库（.so）作为参数传给本脚本。" >&2
                  exit 1
                fi
                JAVA=java
                if [ -x "$HERE/runtime/bin/java" ]; then JAVA="$HERE/runtime/bin/java"; fi
                exec "$JAVA" -jar "$HERE/connector.jar" --origin '%1$s' --ticket-key "$DATA/ticket-key.pem" \\
                  --pkcs11 "$LIBRARY" ${SEALDESK_CONNECTOR_PORT:+--port "$SEALDESK_CONNECTOR_PORT"}
                """.formatted(ca.siteUrl(), ticketKey.publicKeyPem().strip() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** {@code sealdesk-connector.cmd}, GBK with CRLF line ends. */
    public byte[] windows() {
        StringBuilder pem = new StringBuilder();
        for (String line : ticketKey.publicKeyPem().strip().split("\n")) {
            pem.append("echo ").append(line.strip()).append("\n");
        }
        return """
                @echo off
                rem SealDesk ukey 助手 for %1$s: starts connector.jar (beside this file) for this site.
                rem   sealdesk-connector.cmd [the ukey vendor's PKCS#11 library, e.g. C:\\Windows\\System32\\vendor_p11.dll]
                setlocal
                set "DATA=%%USERPROFILE%%\\.sealdesk"
                if not exist "%%DATA%%" mkdir "%%DATA%%"
                (
                %2$s) > "%%DATA%%\\ticket-key.pem"
                set "LIBRARY=%%~1"
                if "%%LIBRARY%%"=="" set "LIBRARY=%%SEALDESK_PKCS11%%"
                if "%%LIBRARY%%"=="" (
                  echo 未找到 ukey 驱动：请安装 ukey 厂商的驱动，并把它的 PKCS#11 库（.dll）作为参数传给本脚本。
                  pause
                  exit /b 1
                )
                set "JAVA=java"
                if exist "%%~dp0runtime\\bin\\java.exe" set "JAVA=%%~dp0runtime\\bin\\java.exe"
                "%%JAVA%%" -jar "%%~dp0connector.jar" --origin %1$s --ticket-key "%%DATA%%\\ticket-key.pem" --pkcs11 "%%LIBRARY%%"
                """.formatted(ca.siteUrl(), pem).replace("\n", "\r\n").getBytes(WINDOWS_CHARSET);
    }
}
