package org.budgetdisclosure.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A budget unit (预算单位) and what the overview (第一部分 概况) says about it. */
@Schema(description = "A budget unit (预算单位) with its overview data")
public record Unit(
        @Schema(description = "单位编码", example = "402001", readOnly = true) String code,
        @Schema(example = "长治市上党区中小企业服务中心") String name,
        @Schema(description = "6-digit administrative region code", example = "140404") String regionCode,
        @Schema(example = "PUBLIC_INSTITUTION") UnitType unitType,
        @Schema(description = "主管部门代码", example = "402") String competentDepartmentCode,
        @Schema(description = "主管部门名称", example = "长治市上党区发展和改革委员会") String competentDepartmentName,
        @Schema(description = "本单位职责, one entry per numbered duty") List<String> duties,
        @Schema(description = "科室设置情况", example = "三股一室：财务人事股、规划监测股、产业指导股、综合办公室。") String internalStructure,
        @Schema(description = "人员编制 per fiscal year") List<Staffing> staffing) {

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
            @Schema(example = "2025") int fiscalYear,
            @Schema(description = "编制人数", example = "10") int authorizedPositions,
            @Schema(description = "在职人员", example = "10") int actualStaff) {
    }
}
