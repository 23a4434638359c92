package org.sealdesk.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sealdesk.audit.AuditChain;
import org.sealdesk.audit.AuditService;

/**
 * {@code GET /staff/api/audit-chain}: the chain verification as JSON for monitoring, for a signed-in
 * administrator. 200 when intact, 409 with the first broken row otherwise; 401 or 403 in JSON for anyone else.
 */
@Path("audit-chain")
@RequestScoped
public class AuditChainResource {

    /** What monitoring reads; the broken row and its problem only when the chain is broken. */
    public record Answer(boolean intact, long rowsChecked, Long firstBrokenSeq, String problem) {
    }

    @Inject
    AuditService audit;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response verify() {
        AuditChain.Verification result = audit.verify();
        return Response.status(result.intact() ? Response.Status.OK : Response.Status.CONFLICT)
                .entity(new Answer(result.intact(), result.rowsChecked(), result.firstBrokenSeq(), result.problem()))
                .build();
    }
}
