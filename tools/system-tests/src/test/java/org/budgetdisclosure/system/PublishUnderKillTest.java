package org.budgetdisclosure.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetdisclosure.identity.DevIdentity;
import org.budgetdisclosure.system.KillSwitchProxy.Moment;
import org.budgetdisclosure.system.KillSwitchProxy.Trap;
import org.budgetdisclosure.system.Platform.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing writes to three services; any of them can die at any moment of it. Each case kills one service
 * (SIGKILL) at one moment of its part of a publish: before the freeze reaches it, after it committed the freeze
 * but before the gateway heard, or at a random instant while it works. Throughout, an anonymous reader keeps
 * reading the disclosure: every document it is given must be one whole revision (all three parts of the same
 * revision), never a mix. After the service is back, calling publish again completes the same revision, and
 * every revision published before is still served byte for byte as it was.
 *
 * Rounds: {@code -Dsystem.kill.rounds=N} (default 1: the nine cases once); bench/publish-kill/run.sh runs many.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishUnderKillTest {

    private static final String UNIT = "402001";
    private static final int YEAR = 2025;
    private static final String DISCLOSURE = "/api/v1/disclosures/" + UNIT + "/" + YEAR;
    private static final String PUBLISH = DISCLOSURE + "/publish";

    private static Platform platform;
    private static Http anonymous;
    private static Http editor;
    private static Http publisher;
    /** Every complete revision as it was first served (?revision=n): later reads must give the same bytes. */
    private static final Map<Integer, byte[]> served = new ConcurrentHashMap<>();

    @BeforeAll
    static void startThePlatformAndPublishTheSample() {
        platform = Platform.start();
        PrivateKey key = DevIdentity.testKeys().getPrivate();
        anonymous = new Http(platform.gateway(), null);
        editor = anonymous.as(DevIdentity.token("system-test-editor", List.of("admin"), List.of("*"), Duration.ofHours(2)).sign(key));
        publisher = anonymous.as(DevIdentity.token("system-test-publisher", List.of("publisher"), List.of(UNIT), Duration.ofHours(2)).sign(key));
        Sample.load(editor);
        Http.Answer first = retryPublish(); // services just started can miss the gateway's deadline: publish is made to be retried
        assertThat(first.status()).as("first publish of the sample: %s", first.text()).isEqualTo(201);
        assertThat(latest().path("revision").asInt()).isEqualTo(1);
        served.put(1, anonymous.get(DISCLOSURE + "?revision=1").body());
    }

    @AfterAll
    static void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    static Stream<Arguments> everyServiceAtEveryMoment() {
        int rounds = Integer.getInteger("system.kill.rounds", 1);
        return IntStream.rangeClosed(1, rounds).boxed().flatMap(round -> Arrays.stream(Service.values())
                .flatMap(service -> Arrays.stream(Moment.values()).map(moment -> Arguments.of(round, service, moment))));
    }

    @ParameterizedTest(name = "round {0}: {1} killed {2}")
    @MethodSource("everyServiceAtEveryMoment")
    void aPublishInterruptedByAKilledServiceIsNeverServedHalfDoneAndARetryCompletesIt(int round, Service victim, Moment moment) {
        int before = latest().path("revision").asInt();
        int next = before + 1;
        changeEveryPartOfTheDraftFor(next);

        Reader reader = new Reader();
        reader.start();
        try {
            platform.proxy(victim).arm(new Trap((method, path) -> method.equals("PUT") && path.contains("/revisions/" + next),
                    moment, () -> platform.kill(victim)));
            Http.Answer interrupted = publisher.post(PUBLISH, "{}");
            String fired = platform.proxy(victim).fired();
            platform.proxy(victim).disarm();
            assertThat(fired).as("the kill switch fired on %s's freeze of revision %d", victim, next).isNotNull();
            assertThat(interrupted.status()).as("publish with %s killed %s: %s", victim, moment, interrupted.text())
                    .isIn(moment == Moment.WHILE_WORKING ? List.of(201, 503) : List.of(503));

            platform.restart(victim);
            JsonNode meanwhile = latest();
            assertThat(meanwhile.path("revision").asInt()).as("what readers get before the retry").isIn(before, next);

            Http.Answer retry = retryPublish();
            assertThat(retry.status()).as("publish again: %s", retry.text()).isIn(200, 201);
            assertThat(latest().path("revision").asInt()).as("after the retry").isEqualTo(next);
            Http.Answer exact = anonymous.get(DISCLOSURE + "?revision=" + next);
            assertThat(exact.status()).isEqualTo(200);
            assertMarkers(exact.json(), next);
            served.put(next, exact.body());
        } finally {
            reader.stop();
        }
        assertThat(reader.violations).as("documents served while %s was killed %s", victim, moment).isEmpty();
        assertThat(reader.wholeDocuments.get()).as("the reader was served documents").isPositive();
        served.forEach((revision, bytes) -> assertThat(anonymous.get(DISCLOSURE + "?revision=" + revision).body())
                .as("revision %d, byte for byte as first served", revision).isEqualTo(bytes));
    }

    // --- what makes each revision recognisable in every part ---------------------------------------------------

    private static LocalDate disclosureDate(int revision) {
        return LocalDate.of(2025, 5, 14).plusDays(revision - 1L);
    }

    private static String officeSpace(int revision) {
        return revision == 1 ? "204.11" : (1000 + revision) + ".37";
    }

    private static String goalStatement(int revision) {
        String sample = "2025年本单位未编报整体绩效目标,涉及资金0万元";
        return revision == 1 ? sample : sample + "（第" + revision + "次更正）";
    }

    private static void changeEveryPartOfTheDraftFor(int revision) {
        edit("/api/v1/budgets/" + UNIT + "/" + YEAR, doc -> doc.put("disclosureDate", disclosureDate(revision).toString()));
        edit("/api/v1/performance/" + UNIT + "/" + YEAR, doc -> ((ObjectNode) doc.path("overallGoal")).put("statement", goalStatement(revision)));
        // The statement as read carries derived fields (category names) a PUT does not take: start from the sample file.
        edit("/api/v1/assets/" + UNIT + "/" + YEAR + "/statement", Sample.dir().resolve("asset/statement-2025.json"),
                doc -> doc.put("officeSpace", officeSpace(revision)));
    }

    private static void edit(String path, java.util.function.Consumer<ObjectNode> change) {
        edit(path, null, change);
    }

    private static void edit(String path, Path startFrom, java.util.function.Consumer<ObjectNode> change) {
        Http.Answer draft = editor.get(path + "?revision=draft");
        assertThat(draft.status()).as("draft %s: %s", path, draft.text()).isEqualTo(200);
        ObjectNode doc;
        try {
            doc = (ObjectNode) (startFrom == null ? draft.json() : Http.MAPPER.readTree(startFrom.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        change.accept(doc);
        Http.Answer put = editor.put(path, doc.toString().getBytes(StandardCharsets.UTF_8), draft.etag());
        assertThat(put.status()).as("PUT %s: %s", path, put.text()).isEqualTo(200);
    }

    /** Throws when the document is not all of one revision. */
    private static void assertMarkers(JsonNode disclosure, int revision) {
        String problem = mismatch(disclosure, revision);
        assertThat(problem).as("revision %d is whole", revision).isNull();
    }

    private static String mismatch(JsonNode disclosure, int revision) {
        String text = disclosure.toString();
        if (!disclosureDate(revision).toString().equals(disclosure.path("disclosureDate").asText())) {
            return "budget part: disclosureDate " + disclosure.path("disclosureDate").asText() + " is not revision " + revision + "'s";
        }
        if (!text.contains(officeSpace(revision))) {
            return "asset part: office space " + officeSpace(revision) + " of revision " + revision + " is missing";
        }
        if (revision > 1 && !text.contains(goalStatement(revision))) {
            return "performance part: the overall goal statement of revision " + revision + " is missing";
        }
        return null;
    }

    /**
     * The latest disclosure, as a patient reader gets it: after a service came back, the gateway's circuit breaker
     * for it stays open for its delay (5 s) and the gateway answers 503 with Retry-After meanwhile.
     */
    private static JsonNode latest() {
        Http.Answer answer = untilNot503(() -> anonymous.get(DISCLOSURE));
        assertThat(answer.status()).as("the latest disclosure: %s", answer.text()).isEqualTo(200);
        return answer.json();
    }

    /** Publish again, as a client does after a 503: retried while the gateway says a dependency is unavailable. */
    private static Http.Answer retryPublish() {
        return untilNot503(() -> publisher.post(PUBLISH, "{}"));
    }

    private static Http.Answer untilNot503(java.util.function.Supplier<Http.Answer> call) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Http.Answer answer = call.get();
        while (answer.status() == 503 && System.nanoTime() < until) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            answer = call.get();
        }
        return answer;
    }

    /** An anonymous reader polling the latest disclosure for as long as a case runs. */
    private static final class Reader {
        final List<String> violations = new CopyOnWriteArrayList<>();
        final AtomicInteger wholeDocuments = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread = new Thread(this::run, "disclosure-reader");

        void start() {
            thread.start();
        }

        void stop() {
            running.set(false);
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void run() {
            while (running.get()) {
                Http.Answer answer = anonymous.get(DISCLOSURE);
                if (answer.status() == 200) {
                    JsonNode doc = answer.json();
                    String problem = mismatch(doc, doc.path("revision").asInt());
                    if (problem != null) {
                        violations.add(problem);
                    } else {
                        wholeDocuments.incrementAndGet();
                    }
                } else if (answer.status() != 503) {
                    violations.add("HTTP " + answer.status() + ": " + answer.text());
                }
                try {
                    Thread.sleep(15);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
