package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** budget-service's {@code GET /api/v1/units/{u}}: name, region, type (PUBLIC_INSTITUTION …), duties, structure, staffing. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Unit(String code, String name, String regionCode, String unitType, List<String> duties,
                   String internalStructure, List<Staffing> staffing) {

    public Unit {
        duties = Lists.orEmpty(duties);
        staffing = Lists.orEmpty(staffing);
    }

    /** 编制 and 在职人员 of one year. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Staffing(Integer fiscalYear, Integer authorizedPositions, Integer actualStaff) {
    }

    /** The staffing of that year, else the first one listed. */
    public Staffing staffingOf(int year) {
        Staffing found = null;
        for (Staffing s : staffing) {
            if ((s.fiscalYear() != null && s.fiscalYear() == year) || found == null) {
                found = s;
            }
        }
        return found;
    }
}
