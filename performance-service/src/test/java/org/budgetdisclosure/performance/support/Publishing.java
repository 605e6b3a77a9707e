package org.budgetdisclosure.performance.support;

import io.restassured.response.Response;

/** Publishing the performance part of a unit-year as the gateway does: PUT …/revisions/{latest + 1} as a publisher. */
public final class Publishing {

    private Publishing() {
    }

    public static String publisher(String unitCode) {
        return Tokens.signed(Tokens.token("publisher", unitCode));
    }

    /** The highest revision number frozen so far, 0 when none. */
    public static int latest(String unitCode, int year) {
        Response list = Tokens.as(publisher(unitCode)).get("/api/v1/performance/" + unitCode + "/" + year + "/revisions");
        Integer latest = list.then().statusCode(200).extract().path("latest");
        return latest == null ? 0 : latest;
    }

    /** Freezes the draft as the next revision (201) and returns its number. */
    public static int publish(String unitCode, int year) {
        int next = latest(unitCode, year) + 1;
        Tokens.as(publisher(unitCode)).put("/api/v1/performance/" + unitCode + "/" + year + "/revisions/" + next)
                .then().statusCode(201);
        return next;
    }
}
