package org.budgetdisclosure.performance.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.budgetdisclosure.performance.publication.ContentHash;

/** Strong ETags from the SHA-256 of a representation's JSON; If-None-Match → 304. */
@ApplicationScoped
public class Etags {

    private final ObjectMapper mapper;

    public Etags(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The quoted ETag value of a representation: "\"3f2a…\"" (the first 128 bits of its content hash). */
    public String of(Object representation) {
        return fromHash(hash(representation));
    }

    /** The content hash of a representation's JSON bytes: {@code sha256:<hex>} (what the audit log records). */
    public String hash(Object representation) {
        try {
            return ContentHash.of(mapper.writeValueAsBytes(representation));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot compute a content hash", e);
        }
    }

    /** The quoted ETag of a content hash. */
    public static String fromHash(String contentHash) {
        return ContentHash.etag(contentHash);
    }

    /** 200 with the entity and its ETag, or 304 when If-None-Match names it. */
    public Response ok(Request request, Object representation) {
        String etag = of(representation);
        EntityTag tag = new EntityTag(etag.substring(1, etag.length() - 1));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(representation).tag(tag).build();
    }
}
