package org.budgetdisclosure.performance.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** budget-service's read API, as far as this service uses it. */
@RegisterRestClient(configKey = "budget")
@Path("/api/v1/budgets")
@Produces(MediaType.APPLICATION_JSON)
interface BudgetApi {

    @GET
    @Path("/{unitCode}/{year}")
    BudgetDocument budget(@PathParam("unitCode") String unitCode, @PathParam("year") int year,
                          @QueryParam("revision") String revision, @HeaderParam("Authorization") String authorization);
}
