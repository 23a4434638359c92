package org.sealdesk.ca.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import org.sealdesk.ca.OcspResponder;

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

    @POST
    @Consumes(REQUEST)
    @Produces(RESPONSE)
    public Response post(InputStream body) throws IOException {
        byte[] request = body.readNBytes(MAX_REQUEST_BYTES + 1);
        return answer(request.length > MAX_REQUEST_BYTES ? OcspResponder.status(OCSPRespBuilder.MALFORMED_REQUEST)
                : responder.respond(request));
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
        return answer(responder.respond(request));
    }

    private static Response answer(byte[] response) {
        CacheControl control = new CacheControl();
        control.setNoCache(true);
        control.setNoStore(true);
        return Response.ok(response, RESPONSE).cacheControl(control).build();
    }
}
