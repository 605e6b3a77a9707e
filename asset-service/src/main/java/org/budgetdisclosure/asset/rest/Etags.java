package org.budgetdisclosure.asset.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.budgetdisclosure.asset.ContentHash;
import org.budgetdisclosure.asset.Preconditions;
import org.budgetdisclosure.asset.service.AssetService;
import org.budgetdisclosure.asset.service.Guard;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
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

    /**
     * The guard a write of one resource hands to the service: the preconditions (docs/publication.md) checked
     * against the current state's representation, and that representation's content hash for the audit log.
     */
    public <T> Guard<Optional<T>> guard(String ifMatch, String ifNoneMatch, Function<T, ?> representation) {
        return new Guard<>() {
            @Override
            public void check(Optional<T> current) {
                requirePreconditions(ifMatch, ifNoneMatch, current.map(representation).map(Etags.this::of).orElse(null));
            }

            @Override
            public String hash(Optional<T> state) {
                return state.map(representation).map(Etags.this::contentHash).orElse(null);
            }
        };
    }

    /**
     * The guard of a whole-register PUT: the register's ETag is {@link #registerTag} of all its items (what
     * GET …/vehicles and …/equipment send); an empty register counts as not existing (a create).
     */
    public <T> Guard<List<T>> registerGuard(String ifMatch, String ifNoneMatch, Function<T, ?> representation) {
        return new Guard<>() {
            @Override
            public void check(List<T> current) {
                requirePreconditions(ifMatch, ifNoneMatch,
                        current.isEmpty() ? null : of(current.stream().map(representation).toList()));
            }

            @Override
            public String hash(List<T> state) {
                return contentHash(state.stream().map(representation).toList());
            }
        };
    }

    /** The ETag of a whole register: of the list of all its items' views, in id order. */
    public String registerTag(List<?> views) {
        return of(views);
    }

    /** sha256:… over the representation's JSON bytes (the audit log's before/after hashes). */
    public String contentHash(Object representation) {
        try {
            return ContentHash.of(mapper.writeValueAsBytes(representation));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot hash representation", e);
        }
    }

    /** 428 without If-Match on existing content, 412 on a mismatch or If-None-Match: * on existing content. */
    public static void requirePreconditions(String ifMatch, String ifNoneMatch, String currentTag) {
        switch (Preconditions.check(currentTag, ifMatch, ifNoneMatch)) {
            case PROCEED -> {
            }
            case PRECONDITION_REQUIRED -> throw ApiProblem.preconditionRequired(
                    "This resource exists: an update or delete needs If-Match with the ETag you read; nothing was changed");
            case EXISTS -> throw ApiProblem.preconditionFailed("If-None-Match: * was given but the resource exists");
            case MISSING -> throw ApiProblem.preconditionFailed("If-Match was given but the resource does not exist");
            case MISMATCH -> throw ApiProblem.preconditionFailed("The resource has changed since it was read (ETag mismatch)");
        }
    }

    private static boolean matches(String header, String tag) {
        return Preconditions.matches(header, tag);
    }
}
