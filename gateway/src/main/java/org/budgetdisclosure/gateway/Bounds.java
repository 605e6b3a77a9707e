package org.budgetdisclosure.gateway;

/**
 * The limits the gateway's OpenAPI document declares on its own schemas, parameters and headers, each derived from
 * what feeds it, never guessed:
 * <ul>
 *   <li>what the services declare in their OpenAPI documents (budget-service unless named; {@code BoundsTest} checks
 *   these constants against the recorded documents in {@code src/test/resources/fixtures});</li>
 *   <li>what the gateway checks itself ({@code rest/Params}: unit code, year, revision, name; {@code GlossaryService});</li>
 *   <li>what the HTTP server refuses (the request line and header limits pinned in {@code application.properties});</li>
 *   <li>the fixed wording the gateway writes around those values ({@code ExplanationWriter}, {@code CrossServiceRules},
 *   the problem details).</li>
 * </ul>
 * Where a value only passes a service's limit on, the schema's description says which service enforces it.
 * Lengths are Java {@code String} lengths (UTF-16 units), never fewer than the code points JSON Schema counts.
 */
public final class Bounds {

    private Bounds() {
    }

    // ---- the services' limits ----

    /** A unit code: budget-service's {@code Unit.code} (the other services allow no more). */
    public static final int UNIT_CODE = 32;
    public static final String UNIT_CODE_PATTERN = "^[A-Za-z0-9_-]{1,32}$";
    /** budget-service's fiscal years; there is no disclosure without a budget. */
    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 2100;
    public static final String YEAR_MIN_TEXT = "2000";
    public static final String YEAR_MAX_TEXT = "2100";
    /** budget-service's {@code Unit.name} (also its list's {@code unitName}). */
    public static final int UNIT_NAME = 200;
    /** budget-service's {@code Unit.regionCode}. */
    public static final int REGION_CODE = 6;
    public static final String REGION_CODE_PATTERN = "^[0-9]{6}$";
    /** budget-service's {@code Unit.duties}: at most 100 duties of 1–5000 characters. */
    public static final int DUTIES = 100;
    public static final int DUTY = 5000;
    /** budget-service's {@code Unit.internalStructure}. */
    public static final int INTERNAL_STRUCTURE = 20_000;
    /** budget-service's {@code Staffing.authorizedPositions} and {@code actualStaff}: 0–1000000. */
    public static final int STAFF = 1_000_000;
    public static final String STAFF_TEXT = "1000000";
    /** budget-service's {@code AuthoredTexts} (change reasons, other notes). */
    public static final int AUTHORED_TEXT = 20_000;
    /** budget-service's tables: 1–13. */
    public static final int TABLES = 13;
    /**
     * The highest publication revision: budget-service numbers its revisions 1–1000 (performance-service allows up to
     * 999999999, asset-service 999999), and a complete revision is one every part has.
     */
    public static final int REVISION = 1000;
    public static final String REVISION_TEXT = "1000";
    /** The longest of the parts' {@code publishedAt} and {@code withdrawal.at} (budget 35, performance 40, asset 30). */
    public static final int TIMESTAMP = 40;
    /** The parts' {@code withdrawal.by} (budget and asset 255, performance 200). */
    public static final int SUBJECT = 255;
    /** The parts' {@code withdrawal.reason}, and what the gateway accepts for one. */
    public static final int WITHDRAWAL_REASON = 2000;
    /** budget-service's list page ({@code BudgetPage.items}) and its cursor ({@code next}, the {@code after} parameter). */
    public static final int LIST_PAGE = 200;
    public static final int CURSOR = 64;
    /**
     * Performance forms of a document: a revision's {@code content.forms} (performance-service, at most 2000); a draft
     * is read as one page of at most 200.
     */
    public static final int FORMS = 2000;
    /**
     * A glossary as budget-service stores it ({@code FreezeRequest.glossary}): at most 500 entries whose texts have at
     * most 4000 characters and whose numbers are 0–1000000. The gateway's own glossary files are held to the same
     * limits when read, so that budget-service takes them on publish.
     */
    public static final int GLOSSARY_ENTRIES = 500;
    public static final int GLOSSARY_TEXT = 4000;
    public static final int GLOSSARY_NUMBER = 1_000_000;
    public static final String GLOSSARY_NUMBER_TEXT = "1000000";
    /** The services' findings: rule ids (budget 200, others 64), messages (budget and performance 2000, asset 1000). */
    public static final int RULE_ID = 200;
    public static final int SERVICE_MESSAGE = 2000;
    /** Findings the services report at most: budget 10000, performance 2000000, asset 51026. */
    public static final int SERVICE_FINDINGS = 10_000 + 2_000_000 + 51_026;
    /** A finding's location: budget-service's {@code Location} has 4 properties, asset-service's is a string of 128. */
    public static final int LOCATION_PROPERTIES = 4;
    public static final int LOCATION_TEXT = 128;
    /** budget-service's {@code Budget.projects} and performance-service's goals page. */
    public static final int PROJECTS = 5000;
    public static final int GOALS = 2000;
    /** asset-service's purchased services ({@code entries}, at most 500). */
    public static final int PURCHASED_SERVICES = 500;
    /** The basic expenditure items budget-service lists per kind ({@code BasicExpenditure.personnelItems}), names of 200. */
    public static final int BASIC_ITEMS = 5000;
    public static final int ITEM_NAME = 200;
    /** The services' problem details: the longest of each member (type, title 200; detail 4000; field 300; 1000 errors). */
    public static final int SERVICE_PROBLEM_TEXT = 200;
    public static final int SERVICE_DETAIL = 4000;
    public static final int SERVICE_FIELD = 300;

    // ---- the HTTP server's limits (application.properties) ----

    /** {@code quarkus.http.limits.max-initial-line-length}: method, path, query and version together. */
    public static final int REQUEST_LINE = 4096;
    /** {@code quarkus.http.limits.max-header-size} (20K): all request headers together. */
    public static final int HEADERS = 20 * 1024;

    // ---- what the gateway writes ----

    /** The document's title: the unit's name (or code) + year + 年度单位预算公开. */
    public static final int TITLE = UNIT_NAME + 4 + 8;
    /** 编制n人，其中在职人员m人。 with n, m at most 1000000. */
    public static final int STAFFING_TEXT = 2 + 7 + 8 + 7 + 2;
    /** yyyy年度单位预算情况说明. */
    public static final int EXPLANATIONS_TITLE = 4 + 10;
    /** The signature date as printed, 2025年5月14日 (from budget-service's ISO date of 10 characters). */
    public static final int PRINTED_DATE = 11;
    /** The twelve sections 一…十二. */
    public static final int SECTIONS = 12;
    /** Fixed section and subsection titles (the longest has 19 characters). */
    public static final int HEADING = 20;
    /** A section has at most 3 paragraphs (六) and 3 subsections (十一, 十二). */
    public static final int SECTION_PARAGRAPHS = 3;
    public static final int SUBSECTIONS = 3;
    /** A subsection has at most one paragraph per purchased service (十二（一）). */
    public static final int SUBSECTION_PARAGRAPHS = PURCHASED_SERVICES;
    /**
     * The longest paragraph: 六's 人员经费 (or 公用经费) sentence lists up to 5000 item names of at most 200 characters
     * joined by 、, with under 100 characters of wording and amount. Every other paragraph is shorter: the longest
     * other lists (四, 五) join at most 1000 class names with their amounts, the authored texts have 20000 characters.
     */
    public static final int PARAGRAPH = BASIC_ITEMS * (ITEM_NAME + 1) + 100;
    /** The parts a document (or problem) names as missing: overview, tables, explanations, performance, assets. */
    public static final int MISSING_PARTS = 5;
    /** A part's name: fixed words such as performance or economic-mappings (17). */
    public static final int PART_NAME = 20;
    public static final String PART_NAME_PATTERN = "^[a-z-]{1,20}$";
    /**
     * Why a service could not be read: fixed wording around a service name, a status, a duration or (the longest) the
     * method and path of a revision call, under 200 characters.
     */
    public static final int FAILURE = 256;
    /**
     * Findings the gateway adds: one per performance goal and per budget project at most, two on procurement, one on
     * the unit type, and per authored text (4 of them) one per "x万元" it holds (at least 3 characters each) plus 3.
     */
    public static final int GATEWAY_FINDINGS = GOALS + PROJECTS + 2 + 1 + 4 * (AUTHORED_TEXT / 3 + 3);
    public static final int FINDINGS = SERVICE_FINDINGS + GATEWAY_FINDINGS;
    /** A finding's message: a service's (2000), or the gateway's, which may quote an authored text with under 100 more. */
    public static final int MESSAGE = AUTHORED_TEXT + 100;
    /** /api/v1/disclosures/{unitCode}/{year}, and ?revision={n} after it. */
    public static final int HREF = 20 + UNIT_CODE + 1 + 4;
    public static final int REVISION_HREF = HREF + 10 + 4;
    /** A problem's detail: its own wording (under 200) around the request's path or a service's detail. */
    public static final int DETAIL = (REQUEST_LINE > SERVICE_DETAIL ? REQUEST_LINE : SERVICE_DETAIL) + 200;
    /** A problem's instance: the request's path (services: 2048). */
    public static final int INSTANCE = REQUEST_LINE;
    /** X-Request-Id: the caller's when at most 200 characters, else a UUID (the services keep 128–200). */
    public static final int REQUEST_ID = 200;
    /** An invalid field: a part's name, ':' and a service's field, or a finding's source, ':' and rule id. */
    public static final int FIELD = 11 + 1 + SERVICE_FIELD;
    /** A public base URL set by GATEWAY_PUBLIC_BASE_URL (checked at start); else the request's scheme and Host. */
    public static final int PUBLIC_BASE_URL = 2048;
    /** Location of a published revision: the public base URL + /api/v1/disclosures/{u}/{y}/revisions/{n}. */
    public static final int LOCATION = (PUBLIC_BASE_URL > HEADERS ? PUBLIC_BASE_URL : HEADERS) + 8 + HREF + 11 + 10;

    // ---- the gateway's response headers ----

    /** A strong ETag: the first 20 bytes of a SHA-256, in hex, quoted. */
    public static final int ETAG = 42;
    public static final String ETAG_PATTERN = "^\"[0-9a-f]{40}\"$";
    /** The longest Cache-Control the gateway sends: public, max-age=31536000, immutable. */
    public static final int CACHE_CONTROL = 35;
    /** Server-Timing: six entries name;dur=ms with a Java double each (at most 21 characters). */
    public static final int SERVER_TIMING = 256;
    /** attachment; filename="{unitCode}-{year}-disclosure.xlsx" (a unit code is ASCII). */
    public static final int CONTENT_DISPOSITION = 22 + UNIT_CODE + 21 + 1;
    /** attachment; filename="table-{n}-{unitCode}-{year}.csv". */
    public static final int CSV_DISPOSITION = 22 + 6 + 2 + 1 + UNIT_CODE + 1 + 4 + 4 + 1;
}
