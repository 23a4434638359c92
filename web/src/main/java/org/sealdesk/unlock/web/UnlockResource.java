package org.sealdesk.unlock.web;

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
import org.sealdesk.production.web.ProductionResource;
import org.sealdesk.unlock.UnlockService;

/**
 * What the unlock page's script asks of the server while it drives the connector on the holder's PC:
 * {@code POST /account/api/unlock/{order}/start}, then per attempt {@code …/{attempt}/ticket} (the connector's
 * one-time key in, the UNLOCK ticket out), {@code …/complete} (the connector's proofs) and {@code …/fail}.
 */
@Path("unlock/{order}")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UnlockResource {

    public record TicketRequest(String exchangeKey) {
    }

    public record Proofs(Map<String, String> proofs) {
    }

    @Inject
    UnlockService unlock;

    @Context
    HttpServletRequest request;

    @PathParam("order")
    String order;

    @POST
    @Path("start")
    public UnlockService.Started start() {
        return unlock.start(order);
    }

    @POST
    @Path("{attempt}/ticket")
    public Map<String, String> ticket(@PathParam("attempt") int attempt, TicketRequest asked) {
        return Map.of("ticket", unlock.ticket(order, attempt, ProductionResource.decode(asked.exchangeKey())));
    }

    @POST
    @Path("{attempt}/complete")
    public Map<String, String> complete(@PathParam("attempt") int attempt, Proofs proofs) {
        unlock.complete(order, attempt, request.getHeader("Origin"), proofs.proofs() == null ? Map.of()
                : proofs.proofs());
        return Map.of();
    }

    @POST
    @Path("{attempt}/fail")
    public Map<String, String> fail(@PathParam("attempt") int attempt, ProductionResource.Failure failure) {
        unlock.fail(order, attempt, failure.why() == null ? "" : failure.why());
        return Map.of();
    }
}
