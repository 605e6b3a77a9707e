package org.budgetdisclosure.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part's revisions as docs/publication.md says a service keeps them, for the stub services: a draft, revisions
 * 1…n frozen from it ({@code GET …/revisions}, {@code GET/PUT …/revisions/{n}}, {@code POST …/revisions/{n}/withdrawal}).
 * Starts with revision 1 = the draft = the sample, built from the recorded fixtures. Tokens are not verified: a
 * request with any Authorization header counts as a caller who may read drafts and publish.
 */
public class RevisionStore implements StubService.Handler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ONE = Pattern.compile("/revisions/(\\d+)");
    private static final Pattern WITHDRAWAL = Pattern.compile("/revisions/(\\d+)/withdrawal");

    private final String base;
    private final String part;
    private ObjectNode draft;
    private final TreeMap<Integer, ObjectNode> revisions = new TreeMap<>();
    /** Every PUT of a revision, in order ("PUT 2"), and the last PUT body. */
    public final List<String> puts = new ArrayList<>();
    /** Every PUT of a revision of any part, in the order they arrived ("budget 2"). */
    public static final List<String> ORDER = java.util.Collections.synchronizedList(new ArrayList<>());
    public volatile byte[] lastPutBody;

    private RevisionStore(String base, String part, ObjectNode content) {
        this.base = base;
        this.part = part;
        this.draft = content;
        freeze(1, content.deepCopy(), "2025-05-14T08:00:00Z");
    }

    public static RevisionStore budget() {
        ObjectNode content = JSON.createObjectNode();
        content.set("unit", fixture("budget/unit.json"));
        ObjectNode budget = (ObjectNode) fixture("budget/budget.json");
        budget.set("version", budget.remove("revision")); // the draft's counter is "version" in a revision's content
        content.set("budget", budget);
        content.set("tables", fixture("budget/tables.json"));
        content.set("figures", fixture("budget/figures.json"));
        content.set("glossary", resource("glossary/default.json").path("entries"));
        return new RevisionStore("/api/v1/budgets/402001/2025", "budget", content);
    }

    public static RevisionStore performance() {
        ObjectNode content = JSON.createObjectNode();
        JsonNode summary = fixture("performance/summary.json");
        content.putObject("unitYear").put("unitCode", "402001").put("fiscalYear", 2025).set("overallGoal", summary.path("overallGoal"));
        content.set("summary", summary);
        ArrayNode forms = content.putArray("forms");
        for (JsonNode item : fixture("performance/forms.json").path("items")) {
            String code = item.path("projectCode").asText();
            ObjectNode form = forms.addObject().put("projectCode", code);
            form.set("document", item);
            form.set("grid", fixture("performance/grid-" + code + ".json"));
        }
        content.set("goals", fixture("performance/goals.json"));
        return new RevisionStore("/api/v1/performance/402001/2025", "performance", content);
    }

    public static RevisionStore assets() {
        ObjectNode content = JSON.createObjectNode();
        JsonNode snapshot = fixture("asset/snapshot.json");
        content.set("snapshot", snapshot);
        content.putObject("grids");
        content.putNull("statement");
        content.set("procurement", snapshot.path("procurement"));
        content.set("purchasedServices", snapshot.path("purchasedServices"));
        return new RevisionStore("/api/v1/assets/402001/2025", "assets", content);
    }

    public synchronized int latest() {
        return revisions.isEmpty() ? 0 : revisions.lastKey();
    }

    /** Changes the draft (the next publish freezes it). */
    public synchronized void editDraft(Consumer<ObjectNode> edit) {
        edit.accept(draft);
    }

    /** Test-only: changes what a frozen revision holds (no real service allows it). */
    public synchronized void tamper(int revision, Consumer<ObjectNode> edit) {
        ObjectNode r = revisions.get(revision);
        edit.accept((ObjectNode) r.path("content"));
        r.put("contentHash", hash(r.path("content")));
    }

    /** Test-only: forgets revisions above n, as if they had never been frozen. */
    public synchronized void truncate(int n) {
        revisions.tailMap(n, false).clear();
    }

    @Override
    public synchronized StubService.Answer handle(String method, String path, Map<String, List<String>> headers, byte[] body) {
        if (!path.startsWith(base + "/revisions")) {
            return null;
        }
        String rest = path.substring(base.length());
        boolean token = headers.containsKey("Authorization");
        if (method.equals("GET") && rest.equals("/revisions")) {
            if (revisions.isEmpty() && !token) {
                return notFound();
            }
            ObjectNode list = JSON.createObjectNode().put("unitCode", "402001").put("fiscalYear", 2025);
            if (revisions.isEmpty()) {
                list.putNull("latest");
            } else {
                list.put("latest", latest());
            }
            if (token) {
                list.put("draftHash", hash(draft));
            }
            ArrayNode items = list.putArray("items");
            revisions.descendingMap().values().forEach(r -> items.add(metadata(r)));
            return ok(200, list);
        }
        Matcher withdrawal = WITHDRAWAL.matcher(rest);
        if (method.equals("POST") && withdrawal.matches()) {
            ObjectNode r = revisions.get(Integer.parseInt(withdrawal.group(1)));
            if (r == null) {
                return notFound();
            }
            if (!r.path("withdrawal").isObject()) {
                String reason;
                try {
                    reason = JSON.readTree(body).path("reason").asText();
                } catch (IOException e) {
                    return new StubService.Answer(400, null);
                }
                r.put("state", "WITHDRAWN");
                r.putObject("withdrawal").put("at", "2025-06-01T08:00:00Z").put("by", "test-publisher").put("reason", reason);
            }
            return ok(200, metadata(r));
        }
        Matcher one = ONE.matcher(rest);
        if (!one.matches()) {
            return null;
        }
        int n = Integer.parseInt(one.group(1));
        if (method.equals("GET")) {
            ObjectNode r = revisions.get(n);
            return r == null ? notFound() : ok(200, r);
        }
        if (method.equals("PUT")) {
            puts.add("PUT " + n);
            ORDER.add(part + " " + n);
            lastPutBody = body;
            if (!token) {
                return new StubService.Answer(401, null);
            }
            if (part.equals("budget")) {
                try {
                    JsonNode glossary = JSON.readTree(body).path("glossary");
                    if (glossary.isArray()) {
                        draft.set("glossary", glossary);
                    }
                } catch (IOException e) {
                    return new StubService.Answer(400, null);
                }
            }
            if (n == latest() + 1) {
                return ok(201, metadata(freeze(n, draft.deepCopy(), "2025-06-0" + Math.min(n, 9) + "T08:00:00Z")));
            }
            if (n == latest() && hash(draft).equals(revisions.get(n).path("contentHash").asText())) {
                return ok(200, metadata(revisions.get(n)));
            }
            return new StubService.Answer(409, ("{\"type\":\"urn:budget-disclosure:problem:conflict\",\"status\":409,"
                    + "\"detail\":\"the next revision is " + (latest() + 1) + "\",\"errors\":[]}").getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }

    private ObjectNode freeze(int n, ObjectNode content, String at) {
        ObjectNode r = JSON.createObjectNode().put("revision", n).put("state", "PUBLISHED").put("publishedAt", at)
                .put("publishedBy", "test-publisher").put("contentHash", hash(content));
        ObjectNode changes = r.putObject("changes");
        if (n == 1) {
            changes.putNull("previousRevision");
        } else {
            changes.put("previousRevision", n - 1);
        }
        changes.put("count", 0).put("truncated", false).putArray("items");
        r.putNull("withdrawal");
        r.set("content", content);
        revisions.put(n, r);
        return r;
    }

    private static ObjectNode metadata(ObjectNode revision) {
        ObjectNode m = revision.deepCopy();
        m.remove("content");
        return m;
    }

    private static StubService.Answer ok(int status, JsonNode body) {
        try {
            return new StubService.Answer(status, JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StubService.Answer notFound() {
        return new StubService.Answer(404, "{\"type\":\"urn:budget-disclosure:problem:not-found\",\"status\":404}".getBytes(StandardCharsets.UTF_8));
    }

    static String hash(JsonNode content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsBytes(content));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode fixture(String name) {
        return resource("fixtures/" + name);
    }

    private static JsonNode resource(String name) {
        try (InputStream in = RevisionStore.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
