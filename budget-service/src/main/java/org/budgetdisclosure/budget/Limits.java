package org.budgetdisclosure.budget;

/**
 * The size limits the API documents (OpenAPI {@code maxLength}, {@code maxItems}, {@code minimum}/{@code maximum}) and
 * the service keeps: every limit on input is checked by a named rule ({@code validation.*Rules}, {@code CatalogueFile},
 * {@code Glossary}, the resources' parameter checks) that answers 422 naming the field; every limit on output holds by
 * construction (a derived value is built from bounded input, or capped where it is built: {@code Problem},
 * {@code FieldError}, {@code Finding}).
 */
public final class Limits {

    /** Fiscal years the service holds: 2000 to 2100 (path years outside: 422 on writes, 404 on reads). */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final String YEAR_MIN = "2000";
    public static final String YEAR_MAX = "2100";

    /** A unit code (and a 主管部门 code): {@code [A-Za-z0-9_-]{1,32}}. */
    public static final int CODE = 32;
    public static final String CODE_PATTERN = "^[A-Za-z0-9_-]{1,32}$";
    /** A 6-digit administrative region code. */
    public static final int REGION = 6;
    public static final String REGION_PATTERN = "^[0-9]{6}$";
    /** A classification code: 3 (类), 5 (款) or 7 (项) digits. */
    public static final int CLASSIFICATION_CODE = 7;
    public static final String CLASSIFICATION_CODE_PATTERN = "^([0-9]{3}|[0-9]{5}|[0-9]{7})$";
    public static final String FUNCTIONAL_ITEM_PATTERN = "^[0-9]{7}$";
    public static final String ECONOMIC_ITEM_PATTERN = "^[0-9]{5}$";
    /** Names: of a unit, a 主管部门, a (sub)unit of 机关运行经费, a classification entry (the columns are VARCHAR(200)). */
    public static final int NAME = 200;
    /** A project code and name (VARCHAR(64), VARCHAR(300)). */
    public static final int PROJECT_CODE = 64;
    public static final int PROJECT_NAME = 300;
    /** One duty of a unit, and how many. */
    public static final int DUTY = 5000;
    public static final int DUTIES = 100;
    /** Long authored texts: 科室设置, reasons for changes, 其他说明. */
    public static final int TEXT = 20_000;
    /** One line list of a budget (income, expenditure, economic, projects, 三公, 机关运行经费). */
    public static final int LINES = 5000;
    /** A project's amounts: one per funding source (5), this year and carried over. */
    public static final int PROJECT_AMOUNTS = 10;
    /** Staffing: one entry per fiscal year 2000–2100. */
    public static final int STAFFING = MAX_YEAR - MIN_YEAR + 1;
    /** 编制人数 and 在职人员 of one unit. */
    public static final int MAX_STAFF = 1_000_000;
    public static final String STAFF_MAX = "1000000";
    /** An amount in a document: at most 16 digits before the point (NUMERIC(18,2)) and two after: 19 characters. */
    public static final int MONEY_TEXT = 19;
    /** A derived decimal (a total over up to 6 × 5000 lines, a percentage of a change): at most 32 characters. */
    public static final int DECIMAL_TEXT = 32;
    /** Revisions per unit-year. */
    public static final int MAX_REVISIONS = 1000;
    public static final String REVISIONS_MAX = "1000";
    /** The version of a draft: +1 per change of content, an int. */
    public static final String VERSION_MAX = "2147483647";
    /** A date ({@code yyyy-MM-dd}) and a timestamp (ISO 8601 with offset, up to nanoseconds). */
    public static final int DATE = 10;
    public static final int TIMESTAMP = 35;
    /** A content hash {@code sha256:<64 hex>} and an ETag as sent. */
    public static final int HASH = 71;
    public static final String HASH_PATTERN = "^sha256:[0-9a-f]{64}$";
    public static final int ETAG = 200;
    /** A token's {@code sub} and roles as recorded (VARCHAR(255)); a request id ({@code [A-Za-z0-9._:-]{1,128}} or a UUID). */
    public static final int ACTOR = 255;
    public static final int REQUEST_ID = 128;
    /** An API path as recorded or echoed. */
    public static final int PATH = 2048;
    /** A cursor of a page. */
    public static final int CURSOR = 64;
    /** A page of a list. */
    public static final int PAGE = 200;
    /** A short label: an enumeration-like word, a column key or label, a title, a rule id. */
    public static final int LABEL = 200;
    /** A printed grid cell: a code, a name (at most a project's 300 characters) or an amount. */
    public static final int CELL = PROJECT_NAME;
    /** A row of a finding's location: a code and a name. */
    public static final int ROW = 400;
    /** A message: a finding's message, a field error's reason, a problem's detail. */
    public static final int MESSAGE = 2000;
    public static final int DETAIL = 4000;
    /** Field errors in one problem (a larger set is cut to the first ones; the detail still counts them all). */
    public static final int ERRORS = 1000;
    /** Findings listed in a validation report (the counts still count all). */
    public static final int FINDINGS = 10_000;
    /** Rows of a grid: every row is a line or one of its at most two parent classes, over at most 2 × 5000 lines, and totals. */
    public static final int GRID_ROWS = 50_000;
    /** Columns of a grid: a fixed layout per table (at most 20 at each level). */
    public static final int GRID_COLUMNS = 40;
    /** Entries of one catalogue file (the 2025 functional catalogue has 3,330). */
    public static final int CATALOGUE_ENTRIES = 20_000;
    /** The catalogues that can exist: 3 schemes × 101 years. */
    public static final int CATALOGUES = 3 * STAFFING;
    /** 类 under a root (3 digits: at most 1000), 款 under a 类 and 项 under a 款 (2 digits: at most 100). */
    public static final int CLASSES = 1000;
    public static final int CHILDREN = 100;

    /** A response ETag: a content hash or a revision's tag, quoted. */
    public static final int ETAG_OUT = 80;
    /** A Location: the request's scheme and Host (a header of at most 20 KiB) and a path of at most 100 characters. */
    public static final int LOCATION = 20 * 1024 + 128;
    /** A catalogue file (text/csv): a body is at most 8 MiB (quarkus.http.limits.max-body-size), so at most as many characters. */
    public static final int CSV = 8 * 1024 * 1024;

    private Limits() {
    }

    /** {@code text} cut to at most {@code max} characters (output that quotes input stays bounded). */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
