package org.budgetdisclosure.gateway.service;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.budgetdisclosure.gateway.publication.UnitScope;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is calling, from the request's bearer token, verified as every write is (signature, issuer, audience,
 * validity; docs/identity.md). Used where a read depends on the caller (drafts) and for the rate limit's identity.
 * Verified tokens are remembered until they expire (at most 10 000; the map is emptied when full).
 */
@ApplicationScoped
public class Callers {

    private static final int MAX_REMEMBERED = 10_000;

    @Inject
    JWTParser parser;

    private final ConcurrentHashMap<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    /** The verified token of an {@code Authorization: Bearer …} header; empty when absent or not valid. */
    public Optional<JsonWebToken> token(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String raw = authorization.substring(7).strip();
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis() / 1000;
        JsonWebToken known = verified.get(raw);
        if (known != null && known.getExpirationTime() > now) {
            return Optional.of(known);
        }
        try {
            JsonWebToken token = parser.parse(raw);
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(raw, token);
            return Optional.of(token);
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the header's token may read the drafts of this unit (viewer, editor, publisher, admin in scope). */
    public boolean mayReadDraft(String authorization, String unitCode) {
        return token(authorization).map(t -> UnitScope.mayReadDraft(t.getGroups(), units(t), unitCode)).orElse(false);
    }

    /** The verified token's subject, or null. */
    public String subject(String authorization) {
        return token(authorization).map(JsonWebToken::getSubject).orElse(null);
    }

    private static Collection<String> units(JsonWebToken token) {
        Object claim = token.getClaim("units");
        List<String> out = new ArrayList<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(v -> out.add(unquote(String.valueOf(v))));
        } else if (claim instanceof jakarta.json.JsonArray array) {
            array.forEach(v -> out.add(unquote(v.toString())));
        } else if (claim != null) {
            out.add(unquote(claim.toString()));
        }
        return out;
    }

    private static String unquote(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t.toLowerCase(Locale.ROOT).equals("null") ? "" : t;
    }
}
