package org.budgetdisclosure.asset.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/** Strong ETags from the SHA-256 of a representation's JSON; If-None-Match and If-Match handling. */
@ApplicationScoped
public class Etags {

    private final ObjectMapper mapper;

    public Etags(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String of(Object representation) {
        try {
            byte[] json = mapper.writeValueAsBytes(representation);
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash representation", e);
        }
    }

    /** 200 with the body and ETag, or 304 when the client already holds this version. */
    public Response ok(Object representation, String ifNoneMatch) {
        String tag = of(representation);
        if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
            return Response.notModified(new EntityTag(tag)).build();
        }
        return Response.ok(representation).tag(new EntityTag(tag)).build();
    }

    /** For writes: when If-Match is given, the current representation must exist and match it. */
    public void requireMatch(String ifMatch, Optional<?> current) {
        if (ifMatch == null) {
            return;
        }
        if (current.isEmpty()) {
            throw ApiProblem.preconditionFailed("If-Match was given but the resource does not exist");
        }
        if (!ifMatch.trim().equals("*") && !matches(ifMatch, of(current.get()))) {
            throw ApiProblem.preconditionFailed("The resource has changed since it was read (ETag mismatch)");
        }
    }

    private static boolean matches(String header, String tag) {
        return header.trim().equals("*") || Arrays.stream(header.split(","))
                .map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("\"" + tag + "\""));
    }
}
