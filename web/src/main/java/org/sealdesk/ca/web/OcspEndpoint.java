package org.sealdesk.ca.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sealdesk.audit.Origin;
import org.sealdesk.ca.OcspResponder;
import org.sealdesk.web.AddressLimits;

/**
 * {@code /pki/ocsp} (RFC 6960 appendix A): POST with the DER request as body, or GET with it base64-encoded (and
 * URL-encoded) in the path. Answers are never cached: the status they tell changes at once.
 */
@Path("ocsp")
@RequestScoped
public class OcspEndpoint {

    static final String REQUEST = "application/ocsp-request";
    static final String RESPONSE = "application/ocsp-response";
    /** A request for twenty certificates with a nonce is well under 4 KiB. */
    static final int MAX_REQUEST_BYTES = 8 * 1024;

    @EJB
    OcspResponder responder;

    @Inject
    AddressLimits limits;

    @Inject
    Origin origin;

    /** Far above what relying parties ask (one request per certificate they check, answers cached by them). */
    @Inject
    @ConfigProperty(name = "sealdesk.pki.ocsp-per-minute", defaultValue = "600")
    int perMinute;

    @POST
    @Consumes(REQUEST)
    @Produces(RESPONSE)
    public Response post(InputStream body) throws IOException {
        byte[] request = body.readNBytes(MAX_REQUEST_BYTES + 1);
        return request.length > MAX_REQUEST_BYTES ? answer(OcspResponder.status(OCSPRespBuilder.MALFORMED_REQUEST))
                : answered(request);
    }

    @GET
    @Path("{request: .+}")
    @Produces(RESPONSE)
    public Response get(@PathParam("request") String encoded) {
        if (encoded.length() > MAX_REQUEST_BYTES * 4 / 3 + 4) {
            return answer(OcspResponder.status(OCSPRespBuilder.MALFORMED_REQUEST));
        }
        byte[] request;
        try {
            request = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return answer(OcspResponder.status(OCSPRespBuilder.MALFORMED_REQUEST));
        }
        return answered(request);
    }

    /** tryLater past the address's share, so a stranger cannot spend the server's CPU on signatures. */
    private Response answered(byte[] request) {
        return answer(limits.admit("ocsp", origin.source(), perMinute) ? responder.respond(request)
                : OcspResponder.status(OCSPRespBuilder.TRY_LATER));
    }

    private static Response answer(byte[] response) {
        CacheControl control = new CacheControl();
        control.setNoCache(true);
        control.setNoStore(true);
        return Response.ok(response, RESPONSE).cacheControl(control).build();
    }
}
