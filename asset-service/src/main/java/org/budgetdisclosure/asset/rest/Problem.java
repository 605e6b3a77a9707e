package org.budgetdisclosure.asset.rest;

import org.budgetdisclosure.asset.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** RFC 9457 problem details, the same shape in every service of the platform. */
@Schema(description = "application/problem+json (RFC 9457)")
public record Problem(@Schema(examples = "urn:budget-disclosure:problem:validation-failed") String type,
                      String title, int status, String detail, String instance, String requestId,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:budget-disclosure:problem:";
}
