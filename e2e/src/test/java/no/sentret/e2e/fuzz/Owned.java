package no.sentret.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the fuzzer itself created, learnt from its own successful writes: client codes and record ids by
 * collection. Valid requests refer only to these, so its writes touch its own records and never another
 * test's (and a path id that points at nothing is an honest 404 case of its own).
 */
final class Owned {

    /** A body field or path parameter naming a record of another collection. */
    private static final Map<String, String> COLLECTION_OF = Map.ofEntries(
            Map.entry("shiftId", "/api/legal-aid/shifts"),
            Map.entry("lawyerId", "/api/legal-aid/lawyers"),
            Map.entry("lawyerIds", "/api/legal-aid/lawyers"),
            Map.entry("reassignTo", "/api/legal-aid/lawyers"),
            Map.entry("caseId", "/api/legal-aid/cases"),
            Map.entry("inquiryId", "/api/legal-aid/inquiries"),
            Map.entry("campaignId", "/api/health/campaigns"),
            Map.entry("consultationId", "/api/health/consultations"),
            Map.entry("lineId", "services"),
            Map.entry("testId", "/api/health/test-results"));

    private final Map<String, List<String>> ids = new HashMap<>();
    private final List<String> clientCodes = new ArrayList<>();
    private final List<String> adSites = new ArrayList<>();
    private final List<String> pseudonyms = new ArrayList<>();
    private final List<String> invited = new ArrayList<>();
    /** a legal shift's date, for an inquiry at it */
    private final Map<String, String> shiftDates = new HashMap<>();
    /** the client code a record (or a consultation's line or test) is about: an erasure takes them with it */
    private final Map<String, String> clientOf = new HashMap<>();

    /** Learns from a 2xx answer to {@code operation}. */
    void learn(Operation operation, JsonNode answer) {
        if (answer != null && answer.isArray() && operation.path().equals("/api/legal-aid/shifts/term")) {
            for (JsonNode shift : answer) { // a term's planned shifts
                if (shift.hasNonNull("id") && shift.path("date").isTextual()) {
                    record("/api/legal-aid/shifts", shift.get("id").asText(), null);
                    shiftDates.put(shift.get("id").asText(), shift.get("date").asText());
                }
            }
            return;
        }
        if (answer == null || !answer.isObject()) {
            return;
        }
        if (operation.path().equals("/api/clients") && answer.hasNonNull("code")) {
            add(clientCodes, answer.get("code").asText());
        }
        if (operation.path().equals("/api/outreach/ad-sites") && answer.hasNonNull("name")) {
            add(adSites, answer.get("name").asText());
        }
        if (answer.hasNonNull("conversation")) {
            add(pseudonyms, answer.get("conversation").asText());
        }
        String client = answer.path("clientCode").isTextual() ? answer.get("clientCode").asText() : null;
        if (operation.path().equals("/api/health/invitations") && client != null) {
            add(invited, client);
        }
        if (operation.method().equals("POST") && answer.hasNonNull("id")) {
            record(operation.collection(), answer.get("id").asText(), client);
            if (operation.collection().equals("/api/legal-aid/shifts") && answer.path("date").isTextual()) {
                shiftDates.put(answer.get("id").asText(), answer.get("date").asText());
            }
        }
        // nested records: a consultation's service lines, a line's test
        for (JsonNode line : answer.path("services")) {
            if (line.hasNonNull("id")) {
                record("services", line.get("id").asText(), client);
            }
            if (line.hasNonNull("testId")) {
                record("/api/health/test-results", line.get("testId").asText(), client);
            }
        }
    }

    private void record(String collection, String id, String client) {
        add(ids.computeIfAbsent(collection, k -> new ArrayList<>()), id);
        if (client != null) {
            clientOf.put(id, client);
        }
    }

    /**
     * A client of ours was erased: its code and every record about it are gone, and a valid request naming them
     * would be an honest 404 — which left the consultations' and cases' operations unreached when the first
     * erasure took the fuzzer's only client with records.
     */
    void erased(String code) {
        clientCodes.remove(code);
        invited.remove(code);
        ids.values().forEach(list -> list.removeIf(id -> code.equals(clientOf.get(id))));
    }

    /**
     * A client of ours for an erasure: one no record of ours is about, so the erasures (a valid or boundary case
     * of them answers 200) do not take the consultations, cases and invitations the other operations need — in
     * CI they erased four of five clients, and every void of a consultation was a 404. Null when every client
     * has records: the erasure's case then names a code never issued (an honest 404).
     */
    String clientWithoutRecords(Random random) {
        List<String> bare = new ArrayList<>(clientCodes);
        bare.removeAll(clientOf.values());
        return pick(bare, random);
    }

    String shiftDate(String shiftId) {
        return shiftDates.get(shiftId);
    }

    String invitedClient(Random random) {
        return pick(invited, random);
    }

    /** An id of ours for a path parameter or a field, or null when we have none yet. */
    String id(String name, Operation operation, Random random) {
        String collection = name.equals("id") ? operation.collection() : COLLECTION_OF.get(name);
        return pick(collection == null ? null : ids.get(collection), random);
    }

    String clientCode(Random random) {
        return pick(clientCodes, random);
    }

    String adSite(Random random) {
        return pick(adSites, random);
    }

    String pseudonym(Random random) {
        return pick(pseudonyms, random);
    }

    private static String pick(List<String> values, Random random) {
        return values == null || values.isEmpty() ? null : values.get(random.nextInt(values.size()));
    }

    private static void add(List<String> values, String value) {
        if (!values.contains(value)) {
            values.add(value);
        }
    }
}
