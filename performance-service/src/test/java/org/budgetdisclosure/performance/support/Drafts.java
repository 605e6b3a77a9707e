package org.budgetdisclosure.performance.support;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * Reading and rewriting drafts as a real client does: {@code read()} is a draft read ({@code ?revision=draft})
 * with a viewer token of every unit; {@code upsert(token)} sends PUTs and DELETEs with If-Match carrying the
 * ETag a GET of the same path answers right before (none when the resource does not exist yet, so a PUT creates).
 */
public final class Drafts {

    private static final String VIEWER = Tokens.viewer("*");

    private Drafts() {
    }

    /** A draft read by a viewer of every unit. */
    public static RequestSpecification read() {
        return Tokens.as(VIEWER).queryParam("revision", "draft");
    }

    /** The ETag of the draft resource at {@code path}, or null when there is none. */
    public static String etag(String path) {
        Response response = read().get(path);
        return response.statusCode() == 200 ? response.header("ETag") : null;
    }

    /** Writes with {@code token} that read the ETag first and send it as If-Match (read-modify-write). */
    public static RequestSpecification upsert(String token) {
        return given().spec(new RequestSpecBuilder().addHeader("Authorization", "Bearer " + token)
                .addFilter(new IfMatchFromRead()).build());
    }

    private static final class IfMatchFromRead implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                               FilterContext context) {
            String method = request.getMethod();
            if ((method.equals("PUT") || method.equals("DELETE")) && !request.getHeaders().hasHeaderWithName("If-Match")
                    && !request.getHeaders().hasHeaderWithName("If-None-Match")) {
                String path = request.getURI().replaceFirst("^https?://[^/]+", "");
                String etag = etag(path);
                if (etag != null) {
                    request.header("If-Match", etag);
                }
            }
            return context.next(request, response);
        }
    }
}
