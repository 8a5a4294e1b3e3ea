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

    /**
     * Among the creating operations, what others refer to comes first: a client before anything about a client, a
     * lawyer before a shift, a shift before an inquiry, an inquiry before a case, a site before its ad counts.
     */
    private static final List<String> REFERRED_TO = List.of("/api/clients", "/api/legal-aid/lawyers",
            "/api/legal-aid/shifts", "/api/legal-aid/shifts/term", "/api/outreach/ad-sites", "/api/legal-aid/inquiries");

    private static int stage(Operation op) {
        boolean creates = op.method().equals("POST") && !op.path().contains("{");
        if (creates) {
            int rank = REFERRED_TO.indexOf(op.path());
            return rank >= 0 ? rank : REFERRED_TO.size();
        }
        return op.method().equals("GET") ? 100 : 200;
    }
}
