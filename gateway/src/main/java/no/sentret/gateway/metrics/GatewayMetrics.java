package no.sentret.gateway.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.micrometer.runtime.binder.vertx.HttpRequestMetric;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the gateway counts beyond Quarkus's HTTP metrics: requests refused by a rate limit and calls a
 * service did not answer, per route. Labels are route names, scopes and status codes only, never a
 * path, a principal or an address.
 */
@ApplicationScoped
public class GatewayMetrics {

    /** the route label of requests that reach no configured service (the gateway's own paths) */
    public static final String NO_ROUTE = "gateway";

    private final MeterRegistry registry;

    GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param scope {@code address} or {@code principal}: which bucket ran empty */
    public void rateLimited(String scope, String route) {
        Counter.builder("sentret.gateway.rate.limited")
                .description("requests refused with 429 by a rate limit")
                .tag("scope", scope)
                .tag("route", route)
                .register(registry)
                .increment();
    }

    public void upstreamFailure(String route, int status) {
        Counter.builder("sentret.gateway.upstream.failures")
                .description("proxied calls the service did not answer (503 unreachable, 504 too slow, 502 broken answer, 413 body too large)")
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .register(registry)
                .increment();
    }

    /**
     * The {@code uri} label of Quarkus's {@code http_server_requests} for this request: the public API's path
     * template. Every /api request matches the one Vert.x route {@code /api/*}, and without a template the label
     * would be the raw path, client codes included.
     */
    public static void labelWithTemplate(RoutingContext ctx, String template) {
        HttpRequestMetric metric = HttpRequestMetric.getRequestMetric(ctx);
        if (metric != null) {
            metric.setTemplatePath(template);
        }
    }
}
