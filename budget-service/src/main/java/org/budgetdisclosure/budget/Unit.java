package org.budgetdisclosure.budget;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A budget unit (预算单位) and what the overview (第一部分 概况) says about it. */
@Schema(description = "A budget unit (预算单位) with its overview data")
public record Unit(
        @Schema(description = "单位编码", example = "402001", readOnly = true, maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN) String code,
        @Schema(example = "长治市上党区中小企业服务中心", minLength = 1, maxLength = Limits.NAME) String name,
        @Schema(description = "6-digit administrative region code", example = "140404", maxLength = Limits.REGION, pattern = Limits.REGION_PATTERN) String regionCode,
        @Schema(example = "PUBLIC_INSTITUTION") UnitType unitType,
        @Schema(description = "主管部门代码", example = "402", maxLength = Limits.CODE) String competentDepartmentCode,
        @Schema(description = "主管部门名称", example = "长治市上党区发展和改革委员会", maxLength = Limits.NAME) String competentDepartmentName,
        @Schema(description = "本单位职责, one entry per numbered duty (each 1 to " + Limits.DUTY + " characters)", maxItems = Limits.DUTIES, type = SchemaType.ARRAY, implementation = TextSchemas.Duty.class) List<String> duties,
        @Schema(description = "科室设置情况", maxLength = Limits.TEXT, example = "三股一室：财务人事股、规划监测股、产业指导股、综合办公室。") String internalStructure,
        @Schema(description = "人员编制 per fiscal year, one entry per year", maxItems = Limits.STAFFING) List<Staffing> staffing) {

    public Unit {
        duties = duties == null ? List.of() : duties;
        staffing = staffing == null ? List.of() : staffing;
    }

    public Unit withCode(String code) {
        return new Unit(code, name, regionCode, unitType, competentDepartmentCode, competentDepartmentName,
                duties, internalStructure, staffing);
    }

    /** 编制 and 在职人员 of one fiscal year. */
    public record Staffing(
            @Schema(example = "2025", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX) int fiscalYear,
            @Schema(description = "编制人数", example = "10", minimum = "0", maximum = Limits.STAFF_MAX) int authorizedPositions,
            @Schema(description = "在职人员", example = "10", minimum = "0", maximum = Limits.STAFF_MAX) int actualStaff) {
    }
}
