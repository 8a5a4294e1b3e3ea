package no.sentret.platform.tracing;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Records spans only where somebody collects them. With an OTLP endpoint configured (or a {@link SpanExporter}
 * bean, as the tests that read spans have) the sampler is the one {@code quarkus.otel.traces.sampler} names, as
 * without this class. With neither, every span was built, filled with its attributes and dropped at its end: ~11 %
 * of the gateway's CPU samples on the write path (issue 20, bench/README.md). There the sampler is
 * {@code parentbased_always_off}: a request's trace id is still made and passed on (the logs, the
 * {@code X-Trace-Id} header, the audit rows and the events keep it), its spans are not recorded, and a caller
 * that asks for its trace to be sampled is still recorded, as before.
 */
@Singleton
public class TraceSampling {

    private static final Logger LOG = Logger.getLogger(TraceSampling.class);
    static final String NOT_COLLECTED = "parentbased_always_off";

    @Produces
    @Singleton
    Sampler sampler(Config config, @Any Instance<SpanExporter> exporters) {
        return choose(config, exporters.iterator().hasNext());
    }

    static Sampler choose(Config config, boolean exporterBean) {
        boolean collected = endpointConfigured(config) || exporterBean;
        String name = collected ? config.getOptionalValue("quarkus.otel.traces.sampler", String.class)
                .orElse("parentbased_always_on") : NOT_COLLECTED;
        double ratio = config.getOptionalValue("quarkus.otel.traces.sampler.arg", Double.class).orElse(1.0);
        if (!collected) {
            LOG.debug("no trace collector configured: spans are not recorded, trace ids are still passed on");
        }
        return SamplerByName.of(name, ratio);
    }

    /**
     * The kit's properties resolve the traces endpoint to blank when no collector is configured (the generic
     * {@code quarkus.otel.exporter.otlp.endpoint} has a default, so it cannot tell).
     */
    static boolean endpointConfigured(Config config) {
        return config.getOptionalValue("quarkus.otel.exporter.otlp.traces.endpoint", String.class)
                .filter(v -> !v.isBlank()).isPresent();
    }
}
