package org.budgetdisclosure.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * One unit-year in a list: its newest published revision ({@code published}, null when none is published or all
 * are withdrawn) and, only for a caller who may read it, its draft ({@code draft}, null otherwise). An anonymous
 * caller only ever sees items with {@code published}.
 */
@Schema(description = "A unit-year in a list: its published part, and its draft when the caller may read it")
public record BudgetSummary(
        @Schema(example = "402001", maxLength = Limits.CODE, pattern = Limits.CODE_PATTERN) String unitCode,
        @Schema(description = "As published (the revision's unit), or the unit's current name for a draft only",
                example = "长治市上党区中小企业服务中心", maxLength = Limits.NAME) String unitName,
        @Schema(example = "140404", maxLength = Limits.REGION, pattern = Limits.REGION_PATTERN) String regionCode,
        @Schema(example = "2025", minimum = Limits.YEAR_MIN, maximum = Limits.YEAR_MAX) int fiscalYear,
        @Schema(nullable = true, description = "The newest published, not withdrawn revision; null when there is none") Published published,
        @Schema(nullable = true, description = "The draft: only to viewer, editor, publisher or admin whose units cover the unit; "
                + "null otherwise") Draft draft) {

    @Schema(name = "PublishedSummary", description = "The newest published, not withdrawn revision of a unit-year")
    public record Published(@Schema(example = "1", minimum = "1", maximum = Limits.REVISIONS_MAX) int revision,
                            @Schema(example = "2025-05-14T01:00:00Z") OffsetDateTime publishedAt,
                            @Schema(maxLength = Limits.HASH, pattern = Limits.HASH_PATTERN, example = "sha256:9f2c4e0b7a1d3c5e8f6a2b4d0c7e9a1b3d5f7e9c2a4b6d8f0e1c3a5b7d9f1e3a") String contentHash) {
    }

    @Schema(name = "DraftSummary", description = "A unit-year's draft")
    public record Draft(@Schema(example = "APPROVED") BudgetStatus status,
                        @Schema(description = "The draft's version, +1 on every change", example = "3", minimum = "1", maximum = Limits.VERSION_MAX) int version,
                        @Schema(example = "2025-05-14T09:00:00+08:00") OffsetDateTime updatedAt) {
    }

    /** Merges the two parts of one unit-year; the published unit's name and region take precedence. */
    public static final class Builder {
        private final String unitCode;
        private final int fiscalYear;
        private String unitName;
        private String regionCode;
        private Published published;
        private Draft draft;

        public Builder(String unitCode, int fiscalYear) {
            this.unitCode = unitCode;
            this.fiscalYear = fiscalYear;
        }

        public Builder published(String name, String region, Published part) {
            this.unitName = name;
            this.regionCode = region;
            this.published = part;
            return this;
        }

        public Builder draft(String name, String region, Draft part) {
            if (published == null) {
                this.unitName = name;
                this.regionCode = region;
            }
            this.draft = part;
            return this;
        }

        public BudgetSummary build() {
            return new BudgetSummary(unitCode, unitName, regionCode, fiscalYear, published, draft);
        }
    }
}
