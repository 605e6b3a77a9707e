package org.budgetdisclosure.budget;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI schemas of the strings held in lists (the items of an array carry their own maxLength). Never instantiated. */
public final class TextSchemas {

    private TextSchemas() {
    }

    @Schema(name = "Duty", type = SchemaType.STRING, minLength = 1, maxLength = Limits.DUTY, description = "One numbered duty of a unit")
    public static final class Duty {
        private Duty() {
        }
    }

    @Schema(name = "ItemName", type = SchemaType.STRING, maxLength = Limits.NAME, description = "The name of an economic classification item")
    public static final class ItemName {
        private ItemName() {
        }
    }

    @Schema(name = "GlossaryEntry", type = SchemaType.OBJECT, maxProperties = 20, additionalProperties = GlossaryValue.class,
            description = "One glossary entry: at most 20 fields, names 1 to 64 characters, values strings of at most 4000 characters, "
                    + "whole numbers from 0 to 1000000 (an entry's printed number) or null")
    public static final class GlossaryEntry {
        private GlossaryEntry() {
        }
    }

    @Schema(name = "GlossaryValue", oneOf = {GlossaryText.class, GlossaryNumber.class}, nullable = true)
    public static final class GlossaryValue {
        private GlossaryValue() {
        }
    }

    @Schema(name = "GlossaryText", type = SchemaType.STRING, maxLength = 4000)
    public static final class GlossaryText {
        private GlossaryText() {
        }
    }

    @Schema(name = "GlossaryNumber", type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000")
    public static final class GlossaryNumber {
        private GlossaryNumber() {
        }
    }

    @Schema(name = "GridCell", type = SchemaType.STRING, maxLength = Limits.CELL, nullable = true,
            description = "A printed cell: a code, a name or a 万元 amount; null for a blank cell")
    public static final class GridCell {
        private GridCell() {
        }
    }
}
