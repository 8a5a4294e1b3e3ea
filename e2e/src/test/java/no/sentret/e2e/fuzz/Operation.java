package no.sentret.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One operation of the contract, as the fuzzer needs it; schemas already resolved by {@link ApiDocument}. */
record Operation(String method, String path, String operationId, List<String> roles, List<Parameter> parameters,
                 JsonNode body, boolean bodyRequired, String accept) {

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** The service whose database holds what this operation writes: {@code visit}, {@code health}, … */
    String service() {
        if (path.startsWith("/api/health")) {
            return "health";
        }
        if (path.startsWith("/api/legal-aid")) {
            return "legal_aid";
        }
        if (path.startsWith("/api/outreach")) {
            return "outreach";
        }
        if (path.startsWith("/api/stats")) {
            return "stats";
        }
        return "visit";
    }

    /** The collection a path's {@code {id}} belongs to: {@code /api/visits/{id}/void} → {@code /api/visits}. */
    String collection() {
        int brace = path.indexOf("/{");
        return brace < 0 ? path : path.substring(0, brace);
    }

    boolean writes() {
        return !method.equals("GET");
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + operationId + ")";
    }
}
