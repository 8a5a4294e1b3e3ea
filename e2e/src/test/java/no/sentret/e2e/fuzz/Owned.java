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

    /** Learns from a 2xx answer to {@code operation}. */
    void learn(Operation operation, JsonNode answer) {
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
        if (operation.method().equals("POST") && answer.hasNonNull("id")) {
            add(ids.computeIfAbsent(operation.collection(), k -> new ArrayList<>()), answer.get("id").asText());
        }
        // nested records: a consultation's service lines, a line's test
        for (JsonNode line : answer.path("services")) {
            if (line.hasNonNull("id")) {
                add(ids.computeIfAbsent("services", k -> new ArrayList<>()), line.get("id").asText());
            }
            if (line.hasNonNull("testId")) {
                add(ids.computeIfAbsent("/api/health/test-results", k -> new ArrayList<>()), line.get("testId").asText());
            }
        }
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
