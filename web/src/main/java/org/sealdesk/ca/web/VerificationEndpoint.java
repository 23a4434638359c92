package org.sealdesk.ca.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.audit.Origin;
import org.sealdesk.ca.Verification;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.web.AddressLimits;

/**
 * {@code POST /pki/verify}: the page 验证 sends the file it was given (the body, as is: a certificate, a seal or a
 * signed PDF) and shows the JSON answer.
 * No session, nothing stored; the file is capped at {@link #MAX_BYTES}, and an address at
 * {@code sealdesk.pki.verify-per-minute} checks.
 */
@Path("verify")
@RequestScoped
public class VerificationEndpoint {

    /** A seal with its picture is well under 300 KiB, a signed invoice about 100 KiB, a certificate a few KiB. */
    static final int MAX_BYTES = 1024 * 1024;

    @EJB
    Verification verification;

    @Inject
    AddressLimits limits;

    @Inject
    Origin origin;

    @Inject
    @ConfigProperty(name = "sealdesk.pki.verify-per-minute", defaultValue = "30")
    int perMinute;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public String verify(InputStream body) throws IOException {
        if (!limits.admit("verify", origin.source(), perMinute)) {
            throw new RuleViolation("verify.tooMany");
        }
        byte[] file = body.readNBytes(MAX_BYTES + 1);
        if (file.length > MAX_BYTES) {
            throw new RuleViolation("verify.tooLarge", MAX_BYTES / 1024);
        }
        return json(verification.verify(file)).build().toString();
    }

    private static JsonObjectBuilder json(Verification.Verified verified) {
        JsonObjectBuilder answer = Json.createObjectBuilder().add("kind", verified.kind().name())
                .add("subject", verified.subject()).add("issuer", verified.issuer()).add("serial", verified.serial())
                .add("notBefore", verified.notBefore().toString()).add("notAfter", verified.notAfter().toString())
                .add("standing", verified.standing().name());
        add(answer, "reasonCode", verified.reasonCode());
        add(answer, "since", verified.since());
        add(answer, "sealName", verified.sealName());
        add(answer, "esId", verified.esId());
        if (verified.sealSignatureHolds() != null) {
            answer.add("sealSignatureHolds", verified.sealSignatureHolds());
        }
        if (verified.pdfSignatures() != null) {
            JsonArrayBuilder signatures = Json.createArrayBuilder();
            for (Verification.PdfSignature signature : verified.pdfSignatures()) {
                JsonObjectBuilder one = Json.createObjectBuilder().add("holds", signature.holds())
                        .add("coversWholeFile", signature.coversWholeFile());
                add(one, "signedAt", signature.signedAt());
                if (signature.signer() != null) {
                    one.add("signer", json(signature.signer()));
                }
                signatures.add(one);
            }
            answer.add("signatures", signatures);
        }
        return answer;
    }

    private static void add(JsonObjectBuilder answer, String name, Object value) {
        if (value instanceof Integer number) {
            answer.add(name, number);
        } else if (value instanceof Instant time) {
            answer.add(name, time.toString());
        } else if (value != null) {
            answer.add(name, value.toString());
        }
    }
}
