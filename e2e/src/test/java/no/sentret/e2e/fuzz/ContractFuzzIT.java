package no.sentret.e2e.fuzz;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import no.sentret.e2e.SuiteUnderTest;
import no.sentret.e2e.fuzz.RequestFactory.Recipe;

/**
 * The schema-driven fuzzer of issue 16: requests generated from the merged contract
 * {@code openapi/sentret-api.yaml} for every operation, sent through the gateway of the running suite with
 * a real token of a role the operation names ({@code x-roles}): valid ones, ones at the schema's edges and
 * invalid ones (see {@link Mutations}). For every answer: no 5xx; every 4xx a problem document; a validation
 * problem names the broken field and repeats no refused value; an invalid request is refused; a refused
 * request changes no data (the service's database fingerprinted before and after). Valid writes go to
 * records of the fuzzer's own, dated in 2021.
 *
 * <p>jqwik draws each try's recipe (kind, seed of its values, which field to break and how, a noisy
 * string) from a fixed seed; the tries go round-robin over the operations. Shrinking is off: a request
 * that wrote cannot be taken back, so a smaller replay would not run against the same data. The property
 * itself does not stop at the first broken rule: every one is collected and the container fails with all of
 * them, grouped by operation and rule, each with its first request and answer.
 */
class ContractFuzzIT {

    private static FuzzRun run;
    private static long startedAt;

    @BeforeContainer
    static void startTheSuite() {
        List<Operation> operations = FuzzedOperations.of(ApiDocument.read(FuzzSettings.document()));
        run = new FuzzRun(SuiteUnderTest.shared(), operations);
        startedAt = System.nanoTime();
        System.out.printf("fuzz: %d operations × %d cases, seed %s (-Dsentret.fuzz.seed, -Dsentret.fuzz.cases)%n",
                operations.size(), FuzzSettings.casesPerOperation(), FuzzSettings.seed());
    }

    @Property(shrinking = ShrinkingMode.OFF)
    @AddLifecycleHook(FuzzSettings.class)
    void everyOperationKeepsTheContract(@ForAll("recipes") Recipe recipe) {
        run.next(recipe);
    }

    @Provide
    Arbitrary<Recipe> recipes() {
        Arbitrary<FuzzRequest.Kind> kinds = Arbitraries.frequency(
                Tuple.of(2, FuzzRequest.Kind.VALID), Tuple.of(1, FuzzRequest.Kind.BOUNDARY), Tuple.of(5, FuzzRequest.Kind.INVALID));
        Arbitrary<String> noise = Arbitraries.strings().withCharRange(' ', '\u024f').withCharRange('\u0400', '\u04ff')
                .withChars('\u0000', '\u0008', '\u001f', '\u2028', '\ufeff').ofMaxLength(16);
        return Combinators.combine(kinds, Arbitraries.longs(), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 10_000), noise).as(Recipe::new);
    }

    @AfterContainer
    static void everyAnswerKeptTheContract() {
        if (run == null) {
            return;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - startedAt);
        System.out.printf("fuzz: %d requests in %d s; answers per operation:%n%s", run.tries(), took.toSeconds(), run.summary());
        Map<String, List<String>> findings = run.findings();
        run.close();
        if (!findings.isEmpty()) {
            throw new AssertionError(findings.size() + " rules broken (seed " + FuzzSettings.seed() + "):\n" + findings.entrySet().stream()
                    .map(f -> "  " + f.getKey() + " (" + f.getValue().size() + "×), e.g.\n      " + f.getValue().get(0))
                    .collect(Collectors.joining("\n")));
        }
    }
}
