package no.sentret.platform.tracing;

import io.opentelemetry.sdk.trace.samplers.Sampler;

/**
 * The samplers {@code quarkus.otel.traces.sampler} names (OpenTelemetry's {@code OTEL_TRACES_SAMPLER} values).
 * Quarkus builds the one configured only when the application has no {@link Sampler} bean of its own; the kit has
 * one ({@link TraceSampling}), so it builds the configured one itself where spans are collected.
 */
final class SamplerByName {

    private SamplerByName() {
    }

    /** @param ratio the probability of the ratio samplers ({@code quarkus.otel.traces.sampler.arg}) */
    static Sampler of(String name, double ratio) {
        return switch (name) {
            case "always_on" -> Sampler.alwaysOn();
            case "always_off" -> Sampler.alwaysOff();
            case "traceidratio" -> Sampler.traceIdRatioBased(ratio);
            case "parentbased_always_on" -> Sampler.parentBased(Sampler.alwaysOn());
            case "parentbased_always_off" -> Sampler.parentBased(Sampler.alwaysOff());
            case "parentbased_traceidratio" -> Sampler.parentBased(Sampler.traceIdRatioBased(ratio));
            default -> throw new IllegalArgumentException("quarkus.otel.traces.sampler: unknown sampler " + name);
        };
    }
}
