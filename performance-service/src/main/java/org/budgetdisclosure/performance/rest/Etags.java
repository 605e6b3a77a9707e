package org.budgetdisclosure.performance.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Strong ETags from the SHA-256 of a representation's JSON; If-None-Match → 304. */
@ApplicationScoped
public class Etags {

    private final ObjectMapper mapper;

    public Etags(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The quoted ETag value of a representation: "\"3f2a…\"". */
    public String of(Object representation) {
        try {
            byte[] json = mapper.writeValueAsBytes(representation);
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot compute ETag", e);
        }
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
