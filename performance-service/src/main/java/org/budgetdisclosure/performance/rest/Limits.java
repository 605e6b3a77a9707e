package org.budgetdisclosure.performance.rest;

/**
 * The documented limits of path, query and header parameters; each one is kept: paths by the canonical-path
 * filter (400), revisions by the selector (400, or 404 in a path), lists and searches by their checks (422),
 * the precondition headers by the request filter (400).
 */
public final class Limits {

    public static final String UNIT_CODE = "^[A-Za-z0-9_-]{1,32}$";
    public static final String PROJECT_CODE = "^[A-Za-z0-9_-]{1,64}$";
    public static final String REVISION_NUMBER = "^[1-9][0-9]{0,8}$";
    public static final String REVISION = "^(latest|draft|[1-9][0-9]{0,8})$";
    public static final int CURSOR_LENGTH = 400;
    public static final int TEXT_LENGTH = 200;
    public static final int HEADER_LENGTH = 1000;

    private Limits() {
    }
}
