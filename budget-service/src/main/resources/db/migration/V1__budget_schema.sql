-- budget-service schema: units, budgets and their lines, and the classification catalogues.
-- Amounts are exact yuan: NUMERIC(18,2). Codes are the join keys of everything.

CREATE TABLE classification (
    scheme       VARCHAR(32)  NOT NULL,
    fiscal_year  INTEGER      NOT NULL,
    code         VARCHAR(7)   NOT NULL,
    name         VARCHAR(200) NOT NULL,
    level        SMALLINT     NOT NULL CHECK (level BETWEEN 1 AND 3),
    parent_code  VARCHAR(7),
    PRIMARY KEY (scheme, fiscal_year, code)
);

CREATE TABLE economic_mapping (
    fiscal_year  INTEGER    NOT NULL,
    dept_code    VARCHAR(5) NOT NULL,
    gov_code     VARCHAR(5) NOT NULL,
    PRIMARY KEY (fiscal_year, dept_code)
);

CREATE TABLE unit (
    code                       VARCHAR(32)  PRIMARY KEY,
    name                       VARCHAR(200) NOT NULL,
    region_code                VARCHAR(12)  NOT NULL,
    unit_type                  VARCHAR(48)  NOT NULL,
    competent_department_code  VARCHAR(32),
    competent_department_name  VARCHAR(200),
    internal_structure         TEXT,
    updated_at                 TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE unit_duty (
    unit_code  VARCHAR(32) NOT NULL REFERENCES unit (code) ON DELETE CASCADE,
    seq        INTEGER     NOT NULL,
    text       TEXT        NOT NULL,
    PRIMARY KEY (unit_code, seq)
);

CREATE TABLE unit_staffing (
    unit_code             VARCHAR(32) NOT NULL REFERENCES unit (code) ON DELETE CASCADE,
    fiscal_year           INTEGER     NOT NULL,
    authorized_positions  INTEGER     NOT NULL CHECK (authorized_positions >= 0),
    actual_staff          INTEGER     NOT NULL CHECK (actual_staff >= 0),
    PRIMARY KEY (unit_code, fiscal_year)
);

CREATE TABLE budget (
    id                         BIGSERIAL    PRIMARY KEY,
    unit_code                  VARCHAR(32)  NOT NULL REFERENCES unit (code),
    fiscal_year                INTEGER      NOT NULL,
    status                     VARCHAR(16)  NOT NULL,
    revision                   INTEGER      NOT NULL,
    content_hash               VARCHAR(64)  NOT NULL,
    disclosure_date            DATE,
    prior_income_total         NUMERIC(18, 2),
    prior_expenditure_total    NUMERIC(18, 2),
    prior_gpb_expenditure      NUMERIC(18, 2),
    prior_three_public         NUMERIC(18, 2),
    prior_operating            NUMERIC(18, 2),
    change_reason              TEXT,
    three_public_change_reason TEXT,
    operating_change_reason    TEXT,
    other_notes                TEXT,
    updated_at                 TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (unit_code, fiscal_year)
);

CREATE TABLE income_line (
    budget_id       BIGINT         NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    seq             INTEGER        NOT NULL,
    funding_source  VARCHAR(32)    NOT NULL,
    carried_over    BOOLEAN        NOT NULL,
    amount          NUMERIC(18, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (budget_id, seq),
    UNIQUE (budget_id, funding_source, carried_over)
);

CREATE TABLE expenditure_line (
    budget_id        BIGINT         NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    seq              INTEGER        NOT NULL,
    functional_code  VARCHAR(7)     NOT NULL,
    funding_source   VARCHAR(32)    NOT NULL,
    kind             VARCHAR(16)    NOT NULL,
    carried_over     BOOLEAN        NOT NULL,
    amount           NUMERIC(18, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (budget_id, seq),
    UNIQUE (budget_id, functional_code, funding_source, kind, carried_over)
);
CREATE INDEX expenditure_line_code ON expenditure_line (functional_code);

CREATE TABLE economic_line (
    budget_id       BIGINT         NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    seq             INTEGER        NOT NULL,
    economic_code   VARCHAR(5)     NOT NULL,
    funding_source  VARCHAR(32)    NOT NULL,
    carried_over    BOOLEAN        NOT NULL,
    amount          NUMERIC(18, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (budget_id, seq),
    UNIQUE (budget_id, economic_code, funding_source, carried_over)
);

CREATE TABLE project (
    budget_id        BIGINT       NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    seq              INTEGER      NOT NULL,
    code             VARCHAR(64)  NOT NULL,
    name             VARCHAR(300) NOT NULL,
    functional_code  VARCHAR(7)   NOT NULL,
    category         VARCHAR(32)  NOT NULL,
    PRIMARY KEY (budget_id, seq),
    UNIQUE (budget_id, code)
);

CREATE TABLE project_amount (
    budget_id       BIGINT         NOT NULL,
    project_seq     INTEGER        NOT NULL,
    seq             INTEGER        NOT NULL,
    funding_source  VARCHAR(32)    NOT NULL,
    carried_over    BOOLEAN        NOT NULL,
    amount          NUMERIC(18, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (budget_id, project_seq, seq),
    FOREIGN KEY (budget_id, project_seq) REFERENCES project (budget_id, seq) ON DELETE CASCADE
);

CREATE TABLE three_public_expense (
    budget_id       BIGINT         NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    seq             INTEGER        NOT NULL,
    item            VARCHAR(32)    NOT NULL,
    funding_source  VARCHAR(32)    NOT NULL,
    amount          NUMERIC(18, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (budget_id, seq),
    UNIQUE (budget_id, item, funding_source)
);

CREATE TABLE operating_expense (
    budget_id       BIGINT         NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    seq             INTEGER        NOT NULL,
    unit_name       VARCHAR(200)   NOT NULL,
    funding_source  VARCHAR(32)    NOT NULL,
    amount          NUMERIC(18, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (budget_id, seq),
    UNIQUE (budget_id, unit_name, funding_source)
);
