package org.budgetdisclosure.performance.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.budgetdisclosure.performance.FieldError;
import org.budgetdisclosure.performance.publication.ContentHash;
import org.budgetdisclosure.performance.publication.RevisionSelector;
import org.budgetdisclosure.performance.repository.entity.RevisionEntity;
import org.budgetdisclosure.performance.service.BadRequestException;
import org.budgetdisclosure.performance.service.NotFoundException;
import org.budgetdisclosure.performance.service.PublicationService;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads of unit-year content under {@code ?revision=} (docs/publication.md): a published revision serves a
 * member of its stored content (nothing is derived again), a draft is rendered as before for the callers who
 * may read it, and everything that is not published is the same 404 as a unit-year that does not exist.
 */
@ApplicationScoped
public class PartReads {

    public static final String REVISION_HEADER = "Publication-Revision";
    /** Set to WITHDRAWN when the served revision is withdrawn (its notice is in …/revisions/{n}). */
    public static final String STATE_HEADER = "Publication-State";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String LATEST = "public, max-age=60";
    static final String PRIVATE = "private, no-store";

    private final PublicationService publication;
    private final DraftAccess access;
    private final ObjectMapper mapper;

    public PartReads(PublicationService publication, DraftAccess access, ObjectMapper mapper) {
        this.publication = publication;
        this.access = access;
        this.mapper = mapper;
    }

    /** A revision resolved for a read: the row, its content as a tree, and whether it was asked by number. */
    public record Resolved(RevisionEntity revision, JsonNode content, boolean explicit) {
    }

    public static RevisionSelector selector(String value) {
        return RevisionSelector.parse(value).orElseThrow(() -> new BadRequestException("Bad revision",
                List.of(new FieldError("revision", "must be latest, draft or a revision number (1, 2, …)"))));
    }

    /** The one answer for anything not published, an unknown unit-year and a draft the caller may not read. */
    public static NotFoundException notPublished(String unitCode, int year) {
        return new NotFoundException("Nothing published for unit " + unitCode + " in " + year);
    }

    /** Draft reads: 404 (as for an unknown unit-year) unless the caller's token may read the unit's draft. */
    public void requireDraftReader(String unitCode, int year) {
        if (!access.mayRead(unitCode)) {
            throw notPublished(unitCode, year);
        }
    }

    public boolean mayReadDraft(String unitCode) {
        return access.mayRead(unitCode);
    }

    /** The revision a non-draft selector names, or 404. */
    public Resolved resolve(String unitCode, int year, RevisionSelector selector) {
        var revision = selector.kind() == RevisionSelector.Kind.NUMBER
                ? publication.revision(unitCode, year, selector.number())
                : publication.latestPublished(unitCode, year);
        RevisionEntity entity = revision.orElseThrow(() -> notPublished(unitCode, year));
        return new Resolved(entity, publication.read(entity.getContent()), selector.kind() == RevisionSelector.Kind.NUMBER);
    }

    /**
     * One GET of unit-year content: the draft's representation for {@code revision=draft} (after the access
     * check), else the member {@code pick} takes from the stored content (null: 404 with {@code missing}).
     */
    public Response serve(Request request, String unitCode, int year, String revision,
                          Function<JsonNode, JsonNode> pick, Supplier<NotFoundException> missing,
                          Supplier<Object> draft) {
        RevisionSelector selector = selector(revision);
        if (selector.isDraft()) {
            requireDraftReader(unitCode, year);
            return draftResponse(request, draft.get());
        }
        Resolved resolved = resolve(unitCode, year, selector);
        JsonNode member = pick.apply(resolved.content());
        if (member == null || member.isNull() || member.isMissingNode()) {
            throw missing.get();
        }
        return frozenResponse(request, resolved, member);
    }

    public Response draftResponse(Request request, Object representation) {
        return conditional(request, bytes(representation)).header(HttpHeaders.CACHE_CONTROL, PRIVATE).build();
    }

    public Response frozenResponse(Request request, Resolved resolved, Object representation) {
        return published(conditional(request, bytes(representation)), resolved).build();
    }

    /** Publication-Revision, Cache-Control and (for a withdrawn revision) Publication-State on any response. */
    public static Response.ResponseBuilder published(Response.ResponseBuilder builder, Resolved resolved) {
        builder.header(REVISION_HEADER, resolved.revision().getRevision())
                .header(HttpHeaders.CACHE_CONTROL, resolved.explicit() ? IMMUTABLE : LATEST);
        if (resolved.revision().isWithdrawn()) {
            builder.header(STATE_HEADER, "WITHDRAWN");
        }
        return builder;
    }

    private static Response.ResponseBuilder conditional(Request request, byte[] body) {
        EntityTag tag = new EntityTag(ContentHash.of(body).substring(ContentHash.PREFIX.length(),
                ContentHash.PREFIX.length() + 32));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag);
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(tag);
    }

    private byte[] bytes(Object representation) {
        try {
            return mapper.writeValueAsBytes(representation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
