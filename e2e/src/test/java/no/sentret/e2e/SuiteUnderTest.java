package no.sentret.e2e;

import java.nio.file.Path;
import java.time.Duration;
import no.sentret.e2e.observability.SpanCollector;
import no.sentret.infra.suite.Suite;
import no.sentret.infra.suite.SuiteOptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the whole suite once per test JVM, the way {@code ./sentret} does, on free ports so it runs
 * beside a developer's own suite; every test class of the run shares it (as a parameter, or through
 * {@link #shared()}), and it is stopped when the test JVM ends, pass or fail, by the suite's shutdown hook.
 * Its data and the Keycloak distribution live under
 * {@code e2e/target/}, its logs in {@code e2e/target/e2e-logs/}.
 */
public final class SuiteUnderTest implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Suite.class || type == Gateway.class || type == Tokens.class || type == SpanCollector.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = running(context);
        Class<?> type = parameter.getParameter().getType();
        return type == Suite.class ? running.suite : type == Gateway.class ? running.gateway
                : type == SpanCollector.class ? running.spans : running.tokens;
    }

    private static Running shared;

    private static Running running(ExtensionContext context) {
        return shared();
    }

    /** The suite of this test JVM, started on first use. */
    public static synchronized Running shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static Running start() {
        Path root = Path.of(System.getProperty("sentret.root", "..")).toAbsolutePath().normalize();
        Path target = root.resolve("e2e/target");
        SuiteOptions options = SuiteOptions.defaults(root)
                .home(target.resolve("suite"))
                .logDir(target.resolve("e2e-logs"))
                .keycloakDir(target.resolve("keycloak"))
                .startTimeout(Duration.ofMinutes(6))
                .withFreePorts();
        // the apps live minutes here, not months: C2's compilations cost more CPU than they save on the two cores every
        // process shares (measured: the suite up in 74 s instead of 105, the year played in 66 s instead of 93);
        // a deployed app keeps the JVM's default tiers
        options.appJavaOptions(options.appJavaOptions() + " -XX:TieredStopAtLevel=1");
        // every app exports its spans to the collector an operator would run (OTLP over HTTP): TraceIT reads one trace back
        SpanCollector spans = new SpanCollector();
        options.appEnvironment("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", spans.endpoint())
                .appEnvironment("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
        Suite suite = Suite.start(options);
        System.out.println("e2e: suite ready after " + suite.startDuration().toSeconds() + " s: " + suite.readyAfter());
        return new Running(suite, spans);
    }

    /** The suite and its clients; closing it stops every process of the suite. */
    public static final class Running implements AutoCloseable {
        final Suite suite;
        final Tokens tokens;
        final Gateway gateway;
        final SpanCollector spans;

        public Suite suite() {
            return suite;
        }

        public Tokens tokens() {
            return tokens;
        }

        public Gateway gateway() {
            return gateway;
        }

        Running(Suite suite, SpanCollector spans) {
            this.suite = suite;
            this.spans = spans;
            this.tokens = new Tokens(suite);
            this.gateway = new Gateway(suite.gatewayUrl());
        }

        @Override
        public void close() {
            suite.close();
            spans.close();
        }
    }
}
