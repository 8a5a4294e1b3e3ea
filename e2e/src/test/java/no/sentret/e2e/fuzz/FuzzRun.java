package no.sentret.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import no.sentret.e2e.Gateway;
import no.sentret.e2e.Gateway.Reply;
import no.sentret.e2e.SuiteUnderTest;
import no.sentret.e2e.Tokens;
import no.sentret.e2e.contract.ResponseSchemas;
import no.sentret.e2e.fuzz.RequestFactory.Recipe;

/**
 * One fuzzing run against the suite: takes the operations round-robin, builds each try's request, sends it
 * through the gateway with a token of one of the operation's roles ({@code x-roles}), and keeps what broke
 * the contract. A refused request's service is fingerprinted before and after ({@link DataFingerprint};
 * for stats-service, which only its consumers write, the state of its figures' rebuild).
 */
final class FuzzRun implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Gateway gateway;
    private final Tokens tokens;
    private final List<Operation> operations;
    private final Owned owned = new Owned();
    private final RequestFactory requests = new RequestFactory(owned);
    private final DataFingerprint fingerprints;
    private final ResponseSchemas responses = ResponseSchemas.read(FuzzSettings.document());
    private final Map<String, String> tokenByRole = new HashMap<>();
    private long tokensFetchedAt = System.nanoTime();
    private final Map<String, Map<String, Integer>> statusesByOperation = new LinkedHashMap<>();
    private final Map<String, List<String>> findings = new TreeMap<>();
    /** the first refusal of a valid request per operation: why the fuzzer did not get through (a rule no schema states) */
    private final Map<String, String> firstValidRefusal = new HashMap<>();
    private int tries;
    private int setUp;

    FuzzRun(SuiteUnderTest.Running running, List<Operation> operations) {
        this.gateway = running.gateway();
        this.tokens = running.tokens();
        this.operations = operations;
        this.fingerprints = new DataFingerprint(running.suite().options().postgresPort());
        operations.forEach(op -> statusesByOperation.put(op.toString(), new TreeMap<>()));
        // the lawyer demo user on the roster (as CompressedYearIT puts them, once per suite: 201 or 409), so the
        // lawyer's operations reach their validation instead of stopping at "not on the roster" (403)
        String subject = Tokens.claims(token("lawyer")).path("sub").asText();
        int roster = gateway.post("/api/legal-aid/lawyers", token("legal-coordinator"), Map.of("subject", subject, "kind", "REGULAR")).status();
        if (roster != 201 && roster != 409) {
            throw new IllegalStateException("the lawyer could not be put on the roster: HTTP " + roster);
        }
    }

    /** The next case, round-robin over the operations (and, pass by pass, over each operation's roles). */
    void next(Recipe recipe) {
        Operation operation = operations.get(tries % operations.size());
        String role = operation.roles().get((tries / operations.size()) % operation.roles().size());
        tries++;
        send(operation, role, recipe);
    }

    /**
     * Two valid requests of every operation that creates a record, as each of its roles, in the operations' order,
     * before the cases: with a fifth of the cases valid, records others refer to (a shift for an inquiry, an
     * inquiry for a case, an ad site for a count) were seldom there when a request needed them, and the operations
     * on them were never reached. These requests are checked like any case.
     */
    void createRecordsFirst(LongSupplier seeds) {
        for (Operation operation : operations) {
            if (operation.method().equals("POST") && !operation.path().contains("{")) {
                for (int copy = 0; copy < 2; copy++) { // two of each: one may be voided, erased or marked by a case
                    for (String role : operation.roles()) {
                        send(operation, role, new Recipe(FuzzRequest.Kind.VALID, seeds.getAsLong(), 0, 0, ""));
                        setUp++;
                    }
                }
            }
        }
    }

    private void send(Operation operation, String role, Recipe recipe) {
        FuzzRequest request = requests.build(operation, recipe);
        boolean watch = operation.writes() || request.mustRefuse();
        Object before = watch ? fingerprint(operation) : null;
        Reply reply;
        try {
            reply = gateway.exchange(operation.method(), request.target(), token(role), request.headers, request.bodyText());
        } catch (IllegalArgumentException e) {
            // the HTTP client itself refused to build it (a header value it will not write): not the suite's fault
            count(operation, "unsent");
            return;
        } catch (AssertionError e) {
            // no answer at all (the connection closed or timed out): as bad as a 5xx
            count(operation, "no answer");
            findings.computeIfAbsent(operation + ": no answer", k -> new ArrayList<>()).add(request + "\n        as " + role + " → " + e.getMessage());
            return;
        }
        count(operation, request.kind.name().toLowerCase() + " " + reply.status());
        if (request.kind == FuzzRequest.Kind.VALID && reply.status() >= 400) {
            firstValidRefusal.putIfAbsent(operation.toString(), reply.status() + " " + detail(reply.body()));
        }
        if (ContractChecks.masked(request, reply)) {
            count(operation, "invalid, answered about another field");
        }
        List<String> broken = new ArrayList<>(ContractChecks.check(request, reply));
        if (watch && reply.status() >= 400) {
            Object after = fingerprint(operation);
            if (!after.equals(before)) {
                broken.add("a refused request changed data: " + (before instanceof Map<?, ?> b
                        ? DataFingerprint.difference(cast(b), cast((Map<?, ?>) after)) : before + " → " + after));
            }
        }
        if (reply.status() >= 200 && reply.status() < 300) {
            String off = ContractChecks.answerKeepsItsSchema(responses, operation, reply);
            if (!off.isEmpty()) {
                broken.add(off);
            }
            owned.learn(operation, json(reply.body()));
            if (operation.path().endsWith("/erase")) {
                owned.erased(request.path.get("code"));
                pause(2000); // the erasure reaches the other services through events: let it land outside any fingerprint
            }
        }
        for (String rule : broken) {
            findings.computeIfAbsent(operation + ": " + rule, k -> new ArrayList<>())
                    .add(request + "\n        as " + role + " → " + reply);
        }
    }

    private Object fingerprint(Operation operation) {
        if (operation.service().equals("stats")) {
            return gateway.get("/api/stats/rebuild", token("admin")).body();
        }
        return fingerprints.of(operation.service());
    }

    private String token(String role) {
        if (System.nanoTime() - tokensFetchedAt > 600_000_000_000L) {
            tokenByRole.clear(); // access tokens live 15 minutes: a long run (many cases) fetches new ones
            tokensFetchedAt = System.nanoTime();
        }
        return tokenByRole.computeIfAbsent(role, r -> switch (r) {
            case "municipality" -> tokens.municipality();
            case "kiosk" -> tokens.kiosk();
            default -> tokens.user(r);
        });
    }

    private void count(Operation operation, String status) {
        statusesByOperation.get(operation.toString()).merge(status, 1, Integer::sum);
    }

    Map<String, List<String>> findings() {
        return findings;
    }

    /** One line per operation: how many answers of each status it got. */
    String summary() {
        StringBuilder text = new StringBuilder();
        statusesByOperation.forEach((op, statuses) -> {
            text.append(String.format("  %-90s %s%n", op, statuses));
            boolean through = statuses.keySet().stream().anyMatch(status -> status.matches(".* 2[0-9][0-9]"));
            if (!through && firstValidRefusal.containsKey(op)) {
                text.append(String.format("  %-90s   no 2xx; a valid request was refused: %s%n", "", firstValidRefusal.get(op)));
            }
        });
        return text.toString();
    }

    /** What a refusal says: the problem's field and detail (no value of the request beyond what they repeat). */
    private static String detail(String body) {
        JsonNode problem = json(body);
        if (problem == null) {
            return "";
        }
        JsonNode first = problem.path("errors").path(0);
        String field = problem.path("field").asText(first.path("field").asText(""));
        String detail = problem.path("detail").asText(first.path("message").asText(""));
        String text = field.isEmpty() || detail.startsWith(field) ? detail : field + ": " + detail;
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }

    int tries() {
        return tries + setUp;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> cast(Map<?, ?> map) {
        return (Map<String, String>) map;
    }

    private static JsonNode json(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        fingerprints.close();
    }
}
