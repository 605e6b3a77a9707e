-- asset-service schema: registers per unit (vehicles, general equipment) and, per unit and
-- fiscal year, the stated figures (as-of date, vehicle quota, floor areas), the procurement
-- budget and the guiding catalogue of purchased services. Money NUMERIC(18,2), areas NUMERIC(14,2).

-- 公务用车 register; counts by category are derived from it.
CREATE TABLE vehicle (
    unit_code        VARCHAR(32)   NOT NULL,
    vehicle_id       VARCHAR(64)   NOT NULL,
    plate_number     VARCHAR(32),
    category         VARCHAR(40)   NOT NULL,
    acquisition_date DATE,
    original_value   NUMERIC(18,2) CHECK (original_value >= 0),
    status           VARCHAR(24)   NOT NULL,
    disposal_date    DATE,
    note             TEXT,
    PRIMARY KEY (unit_code, vehicle_id)
);
CREATE UNIQUE INDEX vehicle_plate_per_unit ON vehicle (unit_code, plate_number) WHERE plate_number IS NOT NULL;

-- 通用设备 register: one row per 台（套）, original value per item.
CREATE TABLE equipment (
    unit_code           VARCHAR(32)   NOT NULL,
    equipment_id        VARCHAR(64)   NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    classification_code VARCHAR(32),
    acquisition_date    DATE,
    original_value      NUMERIC(18,2) NOT NULL CHECK (original_value >= 0),
    status              VARCHAR(24)   NOT NULL,
    disposal_date       DATE,
    note                TEXT,
    PRIMARY KEY (unit_code, equipment_id)
);

-- What the unit states for a fiscal year, as of a date.
CREATE TABLE asset_statement (
    unit_code                 VARCHAR(32)   NOT NULL,
    fiscal_year               INTEGER       NOT NULL,
    unit_name                 VARCHAR(200),
    as_of_date                DATE          NOT NULL,
    office_space              NUMERIC(14,2) CHECK (office_space >= 0),
    reported_equipment_500k   INTEGER CHECK (reported_equipment_500k >= 0),
    reported_equipment_1m     INTEGER CHECK (reported_equipment_1m >= 0),
    PRIMARY KEY (unit_code, fiscal_year)
);

-- 编制 per category; reported_actual only when the unit reports counts without a register.
CREATE TABLE vehicle_quota (
    unit_code       VARCHAR(32) NOT NULL,
    fiscal_year     INTEGER     NOT NULL,
    category        VARCHAR(40) NOT NULL,
    allowed         INTEGER     NOT NULL CHECK (allowed >= 0),
    reported_actual INTEGER CHECK (reported_actual >= 0),
    PRIMARY KEY (unit_code, fiscal_year, category),
    FOREIGN KEY (unit_code, fiscal_year) REFERENCES asset_statement ON DELETE CASCADE
);

CREATE TABLE floor_area (
    unit_code   VARCHAR(32)   NOT NULL,
    fiscal_year INTEGER       NOT NULL,
    position    INTEGER       NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    area        NUMERIC(14,2) NOT NULL CHECK (area >= 0),
    PRIMARY KEY (unit_code, fiscal_year, position),
    FOREIGN KEY (unit_code, fiscal_year) REFERENCES asset_statement ON DELETE CASCADE
);

-- 政府采购预算; reported_* only when the unit states totals (checked against each other and the items).
CREATE TABLE procurement_plan (
    unit_code         VARCHAR(32)   NOT NULL,
    fiscal_year       INTEGER       NOT NULL,
    reported_total    NUMERIC(18,2),
    reported_goods    NUMERIC(18,2),
    reported_works    NUMERIC(18,2),
    reported_services NUMERIC(18,2),
    PRIMARY KEY (unit_code, fiscal_year)
);

CREATE TABLE procurement_item (
    unit_code     VARCHAR(32)   NOT NULL,
    fiscal_year   INTEGER       NOT NULL,
    position      INTEGER       NOT NULL,
    type          VARCHAR(16)   NOT NULL,
    description   VARCHAR(500)  NOT NULL,
    amount        NUMERIC(18,2) NOT NULL CHECK (amount >= 0),
    sme_set_aside NUMERIC(18,2) CHECK (sme_set_aside >= 0 AND sme_set_aside <= amount),
    PRIMARY KEY (unit_code, fiscal_year, position),
    FOREIGN KEY (unit_code, fiscal_year) REFERENCES procurement_plan ON DELETE CASCADE
);

-- 政府购买服务指导性目录: entries, or the statement that the unit has none.
CREATE TABLE purchased_services (
    unit_code   VARCHAR(32) NOT NULL,
    fiscal_year INTEGER     NOT NULL,
    none        BOOLEAN     NOT NULL,
    note        TEXT,
    PRIMARY KEY (unit_code, fiscal_year)
);

CREATE TABLE purchased_service_entry (
    unit_code   VARCHAR(32)  NOT NULL,
    fiscal_year INTEGER      NOT NULL,
    position    INTEGER      NOT NULL,
    code        VARCHAR(32),
    name        VARCHAR(300) NOT NULL,
    description TEXT,
    PRIMARY KEY (unit_code, fiscal_year, position),
    FOREIGN KEY (unit_code, fiscal_year) REFERENCES purchased_services ON DELETE CASCADE
);
