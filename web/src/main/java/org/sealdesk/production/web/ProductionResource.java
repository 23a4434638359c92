package org.sealdesk.production.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.sealdesk.production.ProductionService;
import org.sealdesk.production.UkeyAttempts;

/**
 * What the production page's script asks of the server while it drives the connector on the producer's PC:
 * {@code POST /staff/api/production/{order}/start}, then per attempt {@code …/{attempt}/ticket},
 * {@code …/initialised}, {@code …/seals/{slot}} (the CSR in, certificate and seal out), {@code …/complete} and
 * {@code …/fail}. Producers only (the service's roles); refusals in JSON with the Chinese sentence to show.
 */
@Path("production/{order}")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProductionResource {

    public record TicketRequest(String operation, String slot, String exchangeKey) {
    }

    public record Initialised(String serial, String model) {
    }

    /** The bodies the renewal page's script sends as well. */
    public record CertificationRequest(String csr) {
    }

    public record Completion(List<UkeyAttempts.Written> written) {
    }

    public record Failure(String why) {
    }

    @Inject
    ProductionService production;

    @Context
    HttpServletRequest request;

    @PathParam("order")
    String order;

    @POST
    @Path("start")
    public ProductionService.Started start() {
        return production.start(order);
    }

    @POST
    @Path("{attempt}/ticket")
    public Map<String, String> ticket(@PathParam("attempt") int attempt, TicketRequest asked) {
        return Map.of("ticket", production.ticket(order, attempt, asked.operation(), asked.slot(),
                decode(asked.exchangeKey())));
    }

    @POST
    @Path("{attempt}/initialised")
    public Map<String, String> initialised(@PathParam("attempt") int attempt, Initialised ukey) {
        production.initialised(order, attempt, ukey.serial(), ukey.model());
        return Map.of();
    }

    @POST
    @Path("{attempt}/seals/{slot}")
    public UkeyAttempts.Made issue(@PathParam("attempt") int attempt, @PathParam("slot") String slot,
            CertificationRequest csr) {
        return production.issue(order, attempt, slot, decode(csr.csr()));
    }

    @POST
    @Path("{attempt}/complete")
    public Map<String, String> complete(@PathParam("attempt") int attempt, Completion completion) {
        production.complete(order, attempt, request.getHeader("Origin"), completion.written());
        return Map.of();
    }

    @POST
    @Path("{attempt}/fail")
    public Map<String, String> fail(@PathParam("attempt") int attempt, Failure failure) {
        production.fail(order, attempt, failure.why() == null ? "" : failure.why());
        return Map.of();
    }

    /** A body's base64 field; anything else is a bad request. */
    public static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequestException("not base64");
        }
    }
}
