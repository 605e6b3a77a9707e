package org.budgetdisclosure.gateway.publication;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The publication rules of docs/publication.md that the gateway decides from the three parts' revision lists:
 * which disclosure revisions are complete (every part has them), which one {@code latest} is, and what a publish
 * has to do first. Pure: no I/O.
 */
public final class RevisionRules {

    private RevisionRules() {
    }

    /** The revision numbers that every given part has: the complete disclosure revisions, ascending. */
    public static SortedSet<Integer> complete(Collection<PartRevisions> parts) {
        SortedSet<Integer> out = new TreeSet<>();
        if (parts.isEmpty()) {
            return out;
        }
        out.addAll(parts.iterator().next().items().keySet());
        for (PartRevisions part : parts) {
            out.retainAll(part.items().keySet());
        }
        return out;
    }

    public static boolean isComplete(Collection<PartRevisions> parts, int revision) {
        return !parts.isEmpty() && parts.stream().allMatch(p -> p.has(revision));
    }

    public static boolean withdrawn(Collection<PartRevisions> parts, int revision) {
        return parts.stream().anyMatch(p -> p.withdrawn(revision));
    }

    /** The newest complete revision that no part has withdrawn; 0 when there is none. */
    public static int latest(Collection<PartRevisions> parts) {
        List<Integer> complete = new ArrayList<>(complete(parts));
        for (int i = complete.size() - 1; i >= 0; i--) {
            if (!withdrawn(parts, complete.get(i))) {
                return complete.get(i);
            }
        }
        return 0;
    }

    /**
     * What a publish finds: M, the highest revision any part has (0 when none); the parts one revision behind,
     * which an interrupted publish left and which are to be frozen as M first; or, when some part is further
     * behind (which no publish leaves), why the parts cannot be brought together.
     */
    public record Plan(int current, List<Part> toComplete, String inconsistency) {
        public int next() {
            return current + 1;
        }
    }

    public static Plan plan(Collection<PartRevisions> parts) {
        int m = parts.stream().mapToInt(PartRevisions::latest).max().orElse(0);
        List<Part> behind = new ArrayList<>();
        List<String> far = new ArrayList<>();
        for (PartRevisions p : parts) {
            if (p.latest() == m - 1) {
                behind.add(p.part());
            } else if (p.latest() < m - 1) {
                far.add(p.part().key + " is at revision " + p.latest());
            }
        }
        String inconsistency = far.isEmpty() ? null
                : "The parts cannot be brought to revision " + m + ": " + String.join(", ", far);
        return new Plan(m, List.copyOf(behind), inconsistency);
    }

    /** Whether every part's draft is revision {@code m} as frozen: nothing new to publish. */
    public static boolean nothingNew(Collection<PartRevisions> parts, int m) {
        return m > 0 && !parts.isEmpty() && parts.stream()
                .allMatch(p -> p.draftHash() != null && Objects.equals(p.draftHash(), p.contentHash(m)));
    }
}
