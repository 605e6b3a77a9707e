package org.budgetdisclosure.asset.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.budgetdisclosure.asset.RevisionSelector;
import org.budgetdisclosure.asset.entity.RevisionEntity;
import org.budgetdisclosure.asset.security.Roles;
import org.budgetdisclosure.asset.security.UnitScope;
import org.budgetdisclosure.asset.service.PublicationService;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reading unit-year content under {@code ?revision=} (docs/publication.md): the draft for viewer, editor,
 * publisher and admin tokens whose units cover the unit; a revision (latest = the newest not withdrawn) for
 * everyone. Anything else is the same 404 as a missing resource. Also the Publication-Revision and
 * Cache-Control headers.
 */
@ApplicationScoped
public class Reads {

    public static final String PUBLICATION_REVISION = "Publication-Revision";
    static final String CACHE_DRAFT = "private, no-store";
    static final String CACHE_LATEST = "public, max-age=60";
    static final String CACHE_EXPLICIT = "public, max-age=31536000, immutable";
    private static final Set<String> DRAFT_READERS = Set.of(Roles.VIEWER, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN);

    private final SecurityIdentity identity;
    private final PublicationService publication;
    private final Etags etags;

    public Reads(SecurityIdentity identity, PublicationService publication, Etags etags) {
        this.identity = identity;
        this.publication = publication;
        this.etags = etags;
    }

    public static RevisionSelector selector(String raw) {
        return RevisionSelector.parse(raw).orElseThrow(() -> ApiProblem.malformed(
                "revision must be latest, draft or a revision number", RevisionSelector.problem(raw)));
    }

    /**
     * Whether the caller may read the unit's working data (drafts, registers). Resolving the identity verifies a
     * bearer token if one was sent: one that does not verify is 401 (ProblemMappers), even on a read.
     */
    public boolean mayReadDraft(String unitCode) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return false;
        }
        return identity.getRoles().stream().anyMatch(DRAFT_READERS::contains)
                && UnitScope.covers(UnitScopeFilter.units(token), unitCode);
    }

    /** Working data of the unit (registers, the draft, its validation): 404 (as if missing) to anyone else. */
    public void requireDraftReader(String unitCode, String notFound) {
        if (!mayReadDraft(unitCode)) {
            throw ApiProblem.notFound(notFound);
        }
    }

    /**
     * One unit-year GET: the draft's representation (from draft) or the member of the revision's stored content
     * (from member); notFound is the detail of the 404 for every case that is not served.
     */
    public Response serve(String unitCode, int year, String revision, String ifNoneMatch,
                          Supplier<Optional<?>> draft, Function<JsonNode, JsonNode> member, String notFound) {
        RevisionSelector selector = selector(revision);
        if (selector.draft()) {
            requireDraftReader(unitCode, notFound);
            return Response.fromResponse(etags.okOrNotFound(draft.get(), ifNoneMatch, notFound))
                    .header("Cache-Control", CACHE_DRAFT).build();
        }
        RevisionEntity frozen = frozen(unitCode, year, selector).orElseThrow(() -> ApiProblem.notFound(notFound));
        JsonNode value = member.apply(publication.tree(frozen.content));
        if (value == null || value.isNull() || value.isMissingNode()) {
            throw ApiProblem.notFound(notFound);
        }
        return Response.fromResponse(etags.ok(value, ifNoneMatch))
                .header(PUBLICATION_REVISION, frozen.revision)
                .header("Cache-Control", selector.kind() == RevisionSelector.Kind.NUMBER ? CACHE_EXPLICIT : CACHE_LATEST)
                .build();
    }

    /** The revision a non-draft selector names: latest = the newest not withdrawn; n = revision n, withdrawn or not. */
    public Optional<RevisionEntity> frozen(String unitCode, int year, RevisionSelector selector) {
        return selector.kind() == RevisionSelector.Kind.NUMBER
                ? publication.revision(unitCode, year, selector.number())
                : publication.latestServable(unitCode, year);
    }
}
