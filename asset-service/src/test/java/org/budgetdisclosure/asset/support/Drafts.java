package org.budgetdisclosure.asset.support;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.util.List;

import static io.restassured.RestAssured.given;

/**
 * For the tests written before drafts were hidden and If-Match became required: they state behaviour of the
 * working data (the draft), so {@link #install()} makes their plain requests what a draft client sends.
 * <ul>
 * <li>{@link #READ_AS_VIEWER}: an anonymous GET of asset data gets a viewer token for every unit, and a unit-year
 * GET without {@code revision} asks for {@code revision=draft};</li>
 * <li>{@link #IF_MATCH_AS_READ}: a PUT or DELETE of existing content without If-Match/If-None-Match first
 * reads the resource (as a viewer, the draft) and sends its ETag as If-Match — what a client that read
 * before writing does.</li>
 * </ul>
 * Tests of hiding, revisions and preconditions themselves send their headers explicitly and do not install it.
 */
public final class Drafts {

    private static final String ASSETS = "/api/v1/assets/";

    private Drafts() {
    }

    public static void install() {
        RestAssured.replaceFiltersWith(List.of(READ_AS_VIEWER, IF_MATCH_AS_READ));
    }

    public static void uninstall() {
        RestAssured.replaceFiltersWith(List.of());
    }

    public static final Filter READ_AS_VIEWER = (FilterableRequestSpecification request,
                                                  FilterableResponseSpecification response, FilterContext context) -> {
        String path = path(request);
        if (request.getMethod().equals("GET") && path.startsWith(ASSETS) && !path.contains("/revisions")
                && !path.equals(ASSETS + "audit")) {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header(Tokens.asViewer());
            }
            if (isUnitYear(path) && !path.endsWith("/validation") && !request.getQueryParams().containsKey("revision")
                    && !request.getURI().contains("revision=")) {
                request.queryParam("revision", "draft");
            }
        }
        return context.next(request, response);
    };

    public static final Filter IF_MATCH_AS_READ = (FilterableRequestSpecification request,
                                                    FilterableResponseSpecification response, FilterContext context) -> {
        String path = path(request);
        boolean write = request.getMethod().equals("PUT") || request.getMethod().equals("DELETE");
        if (write && path.startsWith(ASSETS) && !path.contains("/revisions")
                && !request.getHeaders().hasHeaderWithName("If-Match")
                && !request.getHeaders().hasHeaderWithName("If-None-Match")) {
            String etag = currentETag(path);
            if (etag != null) {
                request.header("If-Match", etag);
            }
        }
        return context.next(request, response);
    };

    /** The ETag a reader of the draft gets for the path; for a whole register only when it is not empty. */
    public static String currentETag(String path) {
        var read = given().noFilters().header(Tokens.asViewer());
        if (isUnitYear(path)) {
            read.queryParam("revision", "draft");
        }
        Response current = read.get(path);
        if (current.statusCode() != 200) {
            return null;
        }
        if (isRegister(path) && current.jsonPath().getList("items").isEmpty()) {
            return null;
        }
        return current.header("ETag");
    }

    private static String path(FilterableRequestSpecification request) {
        String path = java.net.URI.create(request.getURI()).getRawPath();
        return path == null ? "" : path;
    }

    /** /api/v1/assets/{unit}/{year}[/…] */
    static boolean isUnitYear(String path) {
        String[] segments = path.substring(ASSETS.length()).split("/");
        return segments.length >= 2 && segments[1].matches("[0-9]{4}");
    }

    /** /api/v1/assets/{unit}/vehicles or …/equipment (the whole register) */
    static boolean isRegister(String path) {
        String[] segments = path.substring(ASSETS.length()).split("/");
        return segments.length == 2 && (segments[1].equals("vehicles") || segments[1].equals("equipment"));
    }
}
