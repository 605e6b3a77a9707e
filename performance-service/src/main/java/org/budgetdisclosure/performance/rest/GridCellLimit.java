package org.budgetdisclosure.performance.rest;

import org.budgetdisclosure.performance.mapping.FieldLimits;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;

/**
 * States the length of a grid cell, which {@code @Schema} cannot reach (it does not apply to a list's item type).
 * The limit is not invented: every cell of a form's grid is null or one field of the form, and the longest field
 * is a long text ({@link FieldLimits#LONG_TEXT}, kept on input).
 */
public class GridCellLimit implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema row = openAPI.getComponents().getSchemas().get("Row");
        if (row == null || row.getProperties() == null || row.getProperties().get("cells") == null) {
            return;
        }
        row.getProperties().get("cells").setItems(OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL)).maxLength(FieldLimits.LONG_TEXT));
    }
}
