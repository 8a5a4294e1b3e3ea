package no.sentret.e2e.fuzz;

import java.util.Comparator;
import java.util.List;

/**
 * The operations the fuzzer sends, in the order it takes them: the creating {@code POST}s to a
 * collection first, so later operations find records of the fuzzer's own to refer to.
 *
 * <p>One is left out: {@code POST /api/stats/rebuild} (admin). A valid request starts a replay of every
 * topic into a new generation of the figures; it takes no parameters or body to break, and a rebuild in
 * the middle of the other end-to-end tests is no fuzz case. Its {@code GET} (the rebuild's state) is fuzzed.
 */
final class FuzzedOperations {

    private FuzzedOperations() {
    }

    static List<Operation> of(ApiDocument document) {
        return document.operations().stream()
                .filter(op -> !(op.method().equals("POST") && op.path().equals("/api/stats/rebuild")))
                .sorted(Comparator.comparingInt(FuzzedOperations::stage))
                .toList();
    }

    private static int stage(Operation op) {
        boolean creates = op.method().equals("POST") && !op.path().contains("{");
        return creates ? 0 : op.method().equals("GET") ? 1 : 2;
    }
}
