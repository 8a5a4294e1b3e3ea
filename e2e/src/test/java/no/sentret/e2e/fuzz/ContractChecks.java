package no.sentret.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.sentret.e2e.Gateway.Reply;
import no.sentret.e2e.contract.ResponseSchemas;

/**
 * What every answer must be, whatever was sent: never a 5xx; a 4xx is a problem document
 * ({@code application/problem+json} with its status); a validation problem (400, 422) about a field the
 * fuzzer broke names that field; no answer repeats a refused value; an invalid request is refused.
 */
final class ContractChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractChecks() {
    }

    /** The broken rules, each a line; empty when the answer keeps the contract. */
    static List<String> check(FuzzRequest request, Reply reply) {
        List<String> broken = new ArrayList<>();
        int status = reply.status();
        if (status >= 500) {
            broken.add("5xx: HTTP " + status);
        }
        if (request.mustRefuse() && status < 400) {
            broken.add("accepted an invalid request: HTTP " + status);
        }
        String body = reply.body() == null ? "" : reply.body();
        for (String secret : request.secrets) {
            if (body.toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT))) {
                broken.add("the answer repeats the refused value '" + secret + "'");
            }
        }
        if (status >= 400 && status < 500) {
            JsonNode problem = problem(body);
            if (!reply.contentType().startsWith("application/problem+json")) {
                broken.add("a " + status + " that is not application/problem+json but '" + reply.contentType() + "'");
            } else if (problem == null || problem.path("status").asInt() != status) {
                broken.add("a " + status + " problem without its status");
            } else if (request.mustRefuse() && request.field != null && (status == 400 || status == 422) && !names(problem, request.field)
                    && !problem.path("errors").elements().hasNext()) {
                // a problem naming another field is another rule answered first (a period given half, a
                // combination refused): counted as masked in the summary, not a broken rule
                broken.add("a " + status + " problem that names no field (the broken one is '" + request.field + "')");
            }
        }
        return broken;
    }

    /**
     * A success's status and JSON body against the operation's documented answer (what a client generated from
     * the contract would parse); empty when they keep it. Documents (HTML, PDF, CSV) are not JSON and not checked here.
     */
    static String answerKeepsItsSchema(ResponseSchemas schemas, Operation operation, Reply reply) {
        String type = reply.contentType() == null ? "" : reply.contentType();
        if (reply.status() != 204 && !type.startsWith("application/json")) {
            String documented = schemas.violations(operation.method(), operation.path(), reply.status(), null);
            return documented.startsWith("HTTP ") ? documented : "";
        }
        String off = schemas.violations(operation.method(), operation.path(), reply.status(),
                reply.status() == 204 ? "null" : reply.body());
        return off.isEmpty() ? "" : "a " + reply.status() + " answer off its documented schema: " + off;
    }

    /** An invalid request answered about another field than the one broken: that rule was not tried. */
    static boolean masked(FuzzRequest request, Reply reply) {
        if (!request.mustRefuse() || request.field == null || (reply.status() != 400 && reply.status() != 422)) {
            return false;
        }
        JsonNode problem = problem(reply.body());
        return problem != null && problem.path("errors").elements().hasNext() && !names(problem, request.field);
    }

    /** A field is named by {@code errors[].field} (its path ends with it, e.g. {@code services[0].category}) or by the detail. */
    static boolean names(JsonNode problem, String field) {
        for (JsonNode error : problem.path("errors")) {
            String named = error.path("field").asText();
            if (named.equals(field) || named.endsWith("." + field) || named.startsWith(field + "[") || named.endsWith("." + field + "]")
                    || named.contains(field)) {
                return true;
            }
        }
        return problem.path("detail").asText().contains(field);
    }

    private static JsonNode problem(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
