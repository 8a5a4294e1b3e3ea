package no.sentret.e2e.fuzz;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.sentret.e2e.SuiteUnderTest;
import org.junit.jupiter.api.Test;

/**
 * The schema-driven fuzzer of issue 16: requests generated from the merged contract
 * {@code openapi/sentret-api.yaml} for every operation, sent through the gateway of the running suite with
 * a real token of a role the operation names ({@code x-roles}): valid ones, ones at the schema's edges and
 * invalid ones (see {@link Mutations}). For every answer: no 5xx; every 4xx a problem document; a validation
 * problem names the broken field and repeats no refused value; an invalid request is refused; a refused
 * request changes no data (the service's database fingerprinted before and after). Valid writes go to
 * records of the fuzzer's own, dated in 2021.
 *
 * <p>Each case's recipe comes from one seeded generator ({@link Recipes}); the cases go round-robin over the
 * operations. There is no shrinking: a request that wrote cannot be taken back, so a smaller replay would not
 * run against the same data. The run does not stop at the first broken rule: every one is collected and the
 * test fails with all of them, grouped by operation and rule, each with its first request and answer.
 */
class ContractFuzzIT {

    @Test
    void everyOperationKeepsTheContract() {
        List<Operation> operations = FuzzedOperations.of(ApiDocument.read(FuzzSettings.document()));
        int cases = FuzzSettings.casesPerOperation() * operations.size();
        System.out.printf("fuzz: %d operations × %d cases, seed %d (-Dsentret.fuzz.seed, -Dsentret.fuzz.cases)%n",
                operations.size(), FuzzSettings.casesPerOperation(), FuzzSettings.seed());
        Recipes recipes = new Recipes(FuzzSettings.seed());
        long startedAt = System.nanoTime();
        Map<String, List<String>> findings;
        try (FuzzRun run = new FuzzRun(SuiteUnderTest.shared(), operations)) {
            run.createRecordsFirst(() -> recipes.next().seed());
            for (int i = 0; i < cases; i++) {
                run.next(recipes.next());
            }
            Duration took = Duration.ofNanos(System.nanoTime() - startedAt);
            System.out.printf("fuzz: %d requests in %d s; answers per operation:%n%s", run.tries(), took.toSeconds(), run.summary());
            findings = run.findings();
        }
        if (!findings.isEmpty()) {
            throw new AssertionError(findings.size() + " rules broken (seed " + FuzzSettings.seed() + "):\n" + findings.entrySet().stream()
                    .map(f -> "  " + f.getKey() + " (" + f.getValue().size() + "×), e.g.\n      " + f.getValue().get(0))
                    .collect(Collectors.joining("\n")));
        }
    }
}
