package org.sealdesk.replacement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.sealdesk.replacement.FormerCertificate;
import org.sealdesk.replacement.ReplacementService;
import org.sealdesk.web.ServiceTime;

/**
 * What the ukey 更换 page's script asks of the server while the connector reads the former CA's ukey:
 * {@code POST /account/api/replacement/challenge} (the ukey's serial in, a challenge id and ticket out), then
 * {@code …/{id}/prove} (the ukey's certificate and its key's signature in, what the certificate says out). Refusals in
 * JSON with the Chinese sentence to show.
 */
@Path("replacement")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReplacementResource {

    public record ChallengeRequest(String serial) {
    }

    public record Answer(String certificate, String signature) {
    }

    /** The proven certificate, as the page shows it before the applicant agrees to the replacement. */
    public record Shown(long id, String issuer, String serial, String subject, String validFrom, String validTo) {
    }

    @Inject
    ReplacementService replacement;

    @Context
    HttpServletRequest request;

    @POST
    @Path("challenge")
    public ReplacementService.Challenge challenge(ChallengeRequest asked) {
        return replacement.challenge(asked == null ? null : asked.serial());
    }

    @POST
    @Path("{id}/prove")
    public Shown prove(@PathParam("id") long id, Answer answer) {
        FormerCertificate former = replacement.prove(id, request.getHeader("Origin"),
                answer == null ? null : answer.certificate(), answer == null ? null : answer.signature());
        return new Shown(id, former.issuer(), former.serial(), former.subject(), ServiceTime.toMinute(former.notBefore()),
                ServiceTime.toMinute(former.notAfter()));
    }
}
