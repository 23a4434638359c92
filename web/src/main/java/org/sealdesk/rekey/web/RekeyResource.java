package org.sealdesk.rekey.web;

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
import java.util.Map;
import org.sealdesk.production.UkeyAttempts;
import org.sealdesk.production.web.ProductionResource;
import org.sealdesk.rekey.RekeyService;

/**
 * What the order page's script asks of the server while it rekeys the holder's ukey (renewal, change) through the
 * connector on their PC: {@code POST /account/api/rekey/{order}/start}, then per attempt {@code …/{attempt}/ticket}, {@code …/present}
 * (the current keys' signatures over their challenges), {@code …/seals/{slot}} (the CSR in, certificate and seal
 * out), {@code …/complete} and {@code …/fail}. The order's holder only (the service checks); refusals in JSON with
 * the Chinese sentence to show.
 */
@Path("rekey/{order}")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RekeyResource {

    public record TicketRequest(String operation, String slot) {
    }

    public record Presence(Map<String, String> signatures) {
    }

    @Inject
    RekeyService rekeying;

    @Context
    HttpServletRequest request;

    @PathParam("order")
    String order;

    @POST
    @Path("start")
    public RekeyService.Started start() {
        return rekeying.start(order);
    }

    @POST
    @Path("{attempt}/ticket")
    public Map<String, String> ticket(@PathParam("attempt") int attempt, TicketRequest asked) {
        return Map.of("ticket", rekeying.ticket(order, attempt, asked.operation(), asked.slot()));
    }

    @POST
    @Path("{attempt}/present")
    public Map<String, String> present(@PathParam("attempt") int attempt, Presence presence) {
        rekeying.present(order, attempt, request.getHeader("Origin"),
                presence.signatures() == null ? Map.of() : presence.signatures());
        return Map.of();
    }

    @POST
    @Path("{attempt}/seals/{slot}")
    public UkeyAttempts.Made issue(@PathParam("attempt") int attempt, @PathParam("slot") String slot,
            ProductionResource.CertificationRequest csr) {
        return rekeying.issue(order, attempt, slot, ProductionResource.decode(csr.csr()));
    }

    @POST
    @Path("{attempt}/complete")
    public Map<String, String> complete(@PathParam("attempt") int attempt, ProductionResource.Completion completion) {
        rekeying.complete(order, attempt, request.getHeader("Origin"), completion.written());
        return Map.of();
    }

    @POST
    @Path("{attempt}/fail")
    public Map<String, String> fail(@PathParam("attempt") int attempt, ProductionResource.Failure failure) {
        rekeying.fail(order, attempt, failure.why() == null ? "" : failure.why());
        return Map.of();
    }
}
