package org.budgetdisclosure.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.budgetdisclosure.gateway.support.GatewayTestSupport;
import org.budgetdisclosure.gateway.support.StubService;
import org.budgetdisclosure.gateway.support.StubServices;
import org.budgetdisclosure.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write operation of the merged OpenAPI document, walked: without a token, with each kind of bad token and
 * with a viewer's token the gateway refuses it (401 or 403 problem+json) and no service is asked; with an editor's
 * token it is forwarded with the token, for the service to check role and unit scope again.
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class WriteAuthenticationTest extends GatewayTestSupport {

    private static final Set<String> WRITES = Set.of("put", "post", "delete", "patch");

    record Operation(String method, String path) {
    }

    @Test
    void everyWriteOperationIsRefusedWithoutAValidTokenOfAWritingRole() throws IOException {
        List<Operation> operations = writeOperations();
        assertThat(operations).hasSizeGreaterThan(10);
        Map<String, String> refused = Tokens.refused("402001");

        for (Operation op : operations) {
            forgetRequests();
            expect(op, null, 401);
            for (Map.Entry<String, String> bad : refused.entrySet()) {
                Response r = expect(op, bad.getValue(), 401);
                assertThat(r.header("WWW-Authenticate")).as(bad.getKey()).isEqualTo("Bearer");
            }
            expect(op, Tokens.viewer("402001"), 403);
            assertThat(List.of(StubServices.BUDGET, StubServices.PERFORMANCE, StubServices.ASSET))
                    .as("no service saw %s %s", op.method(), op.path()).allSatisfy(s -> assertThat(s.last).isNull());
        }
    }

    @Test
    void aWriteWithAnEditorsTokenIsForwardedWithTheToken() {
        String token = Tokens.editor("402001");
        StubServices.ASSET.last = null;

        given().header("Authorization", "Bearer " + token).contentType("application/json").body("[]")
                .when().put("/api/v1/assets/402001/vehicles").then().statusCode(201);

        StubService.Seen seen = StubServices.ASSET.last;
        assertThat(seen.method()).isEqualTo("PUT");
        assertThat(seen.headers().get("Authorization")).containsExactly("Bearer " + token);
    }

    @Test
    void readsStayOpenToAnonymousCallers() {
        given().when().get("/api/v1/budgets/402001/2025").then().statusCode(200);
        given().when().get("/api/v1/disclosures/402001/2025").then().statusCode(200);
    }

    private Response expect(Operation op, String token, int status) {
        var request = given().urlEncodingEnabled(false).contentType("application/json").body("{}");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        Response r = request.when().request(op.method().toUpperCase(), op.path());
        r.then().statusCode(status).contentType("application/problem+json");
        assertThat(r.jsonPath().getString("type")).endsWith(status == 401 ? ":unauthorized" : ":forbidden");
        return r;
    }

    private static void forgetRequests() {
        StubServices.BUDGET.last = null;
        StubServices.PERFORMANCE.last = null;
        StubServices.ASSET.last = null;
    }

    private static List<Operation> writeOperations() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(given().when().get("/q/openapi?format=json").asString());
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (WRITES.contains(method)) {
                    operations.add(new Operation(method, fill(path.getKey())));
                }
            }
        }
        return operations;
    }

    /** The sample's values for path parameters: unit 402001, year 2025, the first project, any other code. */
    private static String fill(String template) {
        return template.replaceAll("\\{[^}]*[uU]nit[^}]*}", "402001")
                .replaceAll("\\{[^}]*[yY]ear[^}]*}", "2025")
                .replaceAll("\\{[^}]*[pP]roject[^}]*}", "402001250001")
                .replaceAll("\\{[^}]*}", "X1");
    }
}
