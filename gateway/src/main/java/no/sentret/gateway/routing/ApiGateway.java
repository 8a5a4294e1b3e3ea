package no.sentret.gateway.routing;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiConsumer;
import no.sentret.gateway.GatewayConfig;
import no.sentret.gateway.metrics.GatewayMetrics;
import no.sentret.gateway.privacy.PrivacyGateway;
import no.sentret.gateway.problem.Problems;
import no.sentret.gateway.ratelimit.RateLimiter;

/**
 * {@code /api/**}: authenticate (bearer token, or the browser's session), apply the route's coarse
 * role gate, the per-principal rate limit and the body size limit, then stream the request to the
 * service with vertx-http-proxy. The service validates the forwarded token again.
 */
@ApplicationScoped
public class ApiGateway {

    private final RouteTable routes;
    private final RateLimiter rateLimiter;
    private final long maxBodySize;
    private final HttpClient client;
    private final GatewayMetrics metrics;
    private final PrivacyGateway privacy;

    ApiGateway(RouteTable routes, RateLimiter rateLimiter, GatewayConfig config, Vertx vertx, GatewayMetrics metrics,
               PrivacyGateway privacy) {
        this.routes = routes;
        this.privacy = privacy;
        this.rateLimiter = rateLimiter;
        this.metrics = metrics;
        this.maxBodySize = config.maxBodySize().asLongValue();
        // timeouts are set per request (RequestOptions), from the route
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(200)
                .setKeepAlive(true)
                .setDecompressionSupported(false));
    }

    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        // nothing of the body may be read before we know where it goes
        request.pause();
        Context context = Vertx.currentContext();
        // a rejected token is answered below as problem details, not by Quarkus's default challenge
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (c, failure) -> {
        });
        identity(ctx).subscribe().with(
                identity -> onContext(context, () -> authenticated(ctx, identity)),
                failure -> onContext(context, () -> unauthorised(ctx)));
    }

    private void authenticated(RoutingContext ctx, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            unauthorised(ctx);
            return;
        }
        UpstreamRoute route = routes.match(ctx.normalizedPath());
        if (route == null && PrivacyGateway.owns(ctx.normalizedPath())) {
            privately(ctx, identity);
            return;
        }
        if (route == null) {
            Problems.send(ctx, 404, "Not Found", "no service answers this path");
            return;
        }
        if (!route.roles().isEmpty() && route.roles().stream().noneMatch(identity::hasRole)) {
            Problems.send(ctx, 403, "Forbidden", "this path needs one of the roles " + route.roles());
            return;
        }
        long retryAfter = rateLimiter.admitPrincipal(identity.getPrincipal().getName());
        if (retryAfter > 0) {
            metrics.rateLimited("principal", route.name());
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            Problems.send(ctx, 429, "Too Many Requests", "rate limit for this user exceeded; retry after " + retryAfter + " s");
            return;
        }
        if (declaredLength(ctx) > maxBodySize) {
            Problems.sendField(ctx, 413, "Content Too Large", "body", "must not be larger than " + maxBodySize + " bytes");
            return;
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        HttpProxy.reverseProxy(client)
                .originRequestProvider((incoming, httpClient) -> httpClient.request(new RequestOptions()
                        .setHost(route.host())
                        .setPort(route.port())
                        .setSsl(route.ssl())
                        .setConnectTimeout(route.connectTimeoutMillis())
                        .setIdleTimeout(route.readTimeoutMillis())))
                .addInterceptor(new UpstreamCall(route, token == null ? null : token.getToken(), maxBodySize, metrics))
                .handle(ctx.request());
    }

    /** The privacy officer's fan-outs (the gateway asks the services itself): the same rate limit, no body. */
    private void privately(RoutingContext ctx, SecurityIdentity identity) {
        long retryAfter = rateLimiter.admitPrincipal(identity.getPrincipal().getName());
        if (retryAfter > 0) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            Problems.send(ctx, 429, "Too Many Requests", "rate limit for this user exceeded; retry after " + retryAfter + " s");
            return;
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        ctx.request().resume();
        privacy.handle(ctx, identity, token == null ? null : token.getToken());
    }

    private static void unauthorised(RoutingContext ctx) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        Problems.send(ctx, 401, "Unauthorized", "a valid bearer token or a signed-in session is required");
    }

    private static long declaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Quarkus's lazily resolved identity (proactive authentication is off): a bearer token when the
     * request has an Authorization header, otherwise the code-flow session cookie; no credentials
     * resolve to null.
     */
    private static Uni<SecurityIdentity> identity(RoutingContext ctx) {
        Uni<SecurityIdentity> deferred = ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        return deferred == null ? Uni.createFrom().nullItem() : deferred;
    }

    private static void onContext(Context context, Runnable action) {
        if (context == null || Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }
}
