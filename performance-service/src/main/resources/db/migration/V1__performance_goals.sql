-- 项目支出绩效目标表 and the goals under management, per unit and fiscal year.

CREATE TABLE performance_form (
    id                      BIGSERIAL PRIMARY KEY,
    unit_code               VARCHAR(32)   NOT NULL,
    fiscal_year             INTEGER       NOT NULL,
    project_code            VARCHAR(64)   NOT NULL,
    project_name            TEXT          NOT NULL,
    form_title              TEXT,
    form_subtitle           TEXT,
    department_code         VARCHAR(32),
    department_name         TEXT,
    implementing_unit       TEXT,
    attribute               VARCHAR(16)   NOT NULL,
    attribute_text          TEXT,
    period_text             TEXT,
    category                VARCHAR(32)   NOT NULL,
    impl_total              NUMERIC(18,2),
    impl_central            NUMERIC(18,2),
    impl_provincial         NUMERIC(18,2),
    impl_municipal          NUMERIC(18,2),
    impl_self_raised        NUMERIC(18,2),
    impl_other              NUMERIC(18,2),
    annual_total            NUMERIC(18,2),
    annual_central          NUMERIC(18,2),
    annual_provincial       NUMERIC(18,2),
    annual_municipal        NUMERIC(18,2),
    annual_self_raised      NUMERIC(18,2),
    annual_other            NUMERIC(18,2),
    overview                TEXT,
    legal_basis             TEXT,
    necessity               TEXT,
    safeguards              TEXT,
    implementation_plan     TEXT,
    implementation_goal     TEXT,
    annual_goal             TEXT,
    published               BOOLEAN       NOT NULL DEFAULT FALSE,
    filled_at               TIMESTAMPTZ,
    filled_at_offset        VARCHAR(8),
    responsible_person      TEXT,
    handler                 TEXT,
    phone                   TEXT,
    updated_at              TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT performance_form_key UNIQUE (unit_code, fiscal_year, project_code)
);

CREATE INDEX performance_form_project ON performance_form (project_code);
CREATE INDEX performance_form_category ON performance_form (unit_code, fiscal_year, category);

CREATE TABLE performance_indicator (
    form_id          BIGINT       NOT NULL REFERENCES performance_form (id) ON DELETE CASCADE,
    period           VARCHAR(32)  NOT NULL,
    position         INTEGER      NOT NULL,
    level1           VARCHAR(32)  NOT NULL,
    level2           VARCHAR(40)  NOT NULL,
    name             TEXT,
    target_text      TEXT,
    comparator       VARCHAR(4),
    target_number    NUMERIC(24,6),
    target_word      TEXT,
    target_unit      VARCHAR(16),
    PRIMARY KEY (form_id, period, position)
);

-- Projects under goal management whose form is not printed (the seed's 遗属人员补助).
CREATE TABLE managed_goal (
    unit_code     VARCHAR(32)    NOT NULL,
    fiscal_year   INTEGER        NOT NULL,
    project_code  VARCHAR(64)    NOT NULL,
    project_name  TEXT           NOT NULL,
    category      VARCHAR(32)    NOT NULL,
    amount        NUMERIC(18,2)  NOT NULL,
    published     BOOLEAN        NOT NULL DEFAULT FALSE,
    updated_at    TIMESTAMPTZ    NOT NULL DEFAULT now(),
    PRIMARY KEY (unit_code, fiscal_year, project_code)
);

-- 整体绩效目标 of a unit and year, with the stored project-expenditure total used as a fallback.
CREATE TABLE overall_goal (
    unit_code                  VARCHAR(32)    NOT NULL,
    fiscal_year                INTEGER        NOT NULL,
    unit_name                  TEXT,
    region_name                TEXT,
    reported                   BOOLEAN        NOT NULL,
    amount                     NUMERIC(18,2)  NOT NULL,
    goal_text                  TEXT,
    statement                  TEXT,
    project_expenditure_total  NUMERIC(18,2),
    updated_at                 TIMESTAMPTZ    NOT NULL DEFAULT now(),
    PRIMARY KEY (unit_code, fiscal_year)
);
