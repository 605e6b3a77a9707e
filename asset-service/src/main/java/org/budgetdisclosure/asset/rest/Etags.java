package org.budgetdisclosure.asset.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.budgetdisclosure.asset.service.AssetService;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Strong ETags from the SHA-256 of a representation's JSON; If-None-Match and If-Match handling, and
 * the answers every resource gives around them: 200/304 (or 404) on reads, 201/200 on writes, 204 (or 404)
 * on deletes.
 */
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

    /** {@link #ok}, or a not-found problem with the given detail when there is nothing to show. */
    public Response okOrNotFound(Optional<?> representation, String ifNoneMatch, String notFound) {
        return ok(representation.orElseThrow(() -> ApiProblem.notFound(notFound)), ifNoneMatch);
    }

    /** After a PUT: 201 with Location (the request URI) when created, else 200; the body and its ETag either way. */
    public Response written(AssetService.Outcome outcome, Object representation, UriInfo uriInfo) {
        Response.ResponseBuilder response = outcome == AssetService.Outcome.CREATED
                ? Response.created(uriInfo.getRequestUri()) : Response.ok();
        return response.entity(representation).tag(of(representation)).build();
    }

    /** After a DELETE: 204, or a not-found problem with the given detail when there was nothing to delete. */
    public static Response deleted(boolean deleted, String notFound) {
        if (!deleted) {
            throw ApiProblem.notFound(notFound);
        }
        return Response.noContent().build();
    }

    /** The precondition a write hands to the service: If-Match checked against the current state's representation. */
    public <T> Consumer<Optional<T>> ifMatch(String ifMatch, Function<T, ?> representation) {
        return current -> requireMatch(ifMatch, current.map(representation));
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
