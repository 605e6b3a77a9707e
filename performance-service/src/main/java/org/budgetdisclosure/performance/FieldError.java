package org.budgetdisclosure.performance;

/** One rejected field of a request: its JSON path and the reason (a problem cuts them to 300 and 1000 characters). */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "FieldError")
public record FieldError(
        @org.eclipse.microprofile.openapi.annotations.media.Schema(maxLength = 300, example = "projectName") String field,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(maxLength = 1000, example = "must be at most 500 characters") String reason) {
}
