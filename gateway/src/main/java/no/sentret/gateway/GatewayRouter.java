package no.sentret.gateway;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import no.sentret.gateway.openapi.PublicApiDocument;
import no.sentret.gateway.problem.EdgeLimits;
import no.sentret.gateway.problem.Problems;
import no.sentret.gateway.ratelimit.RateLimiter;
import no.sentret.gateway.metrics.GatewayMetrics;
import no.sentret.gateway.routing.ApiGateway;
import no.sentret.gateway.routing.RouteTable;
import no.sentret.gateway.session.RevocationFeed;
import no.sentret.gateway.tracing.TraceIds;
import no.sentret.gateway.web.AccessLog;
import no.sentret.gateway.web.BrowserSession;
import no.sentret.gateway.web.WebApp;
import no.sentret.gateway.web.PathTemplates;
import no.sentret.gateway.web.SecurityHeaders;

/**
 * The gateway's routes on Quarkus's own Vert.x router. Quarkus's CORS and authentication filters
 * (negative orders) run between the edge handler and the routes.
 */
@ApplicationScoped
public class GatewayRouter {

    /** before Quarkus's CORS (-300) and authentication (-200) filters, so their answers carry the trace id and headers too */
    private static final int EDGE_ORDER = -10_000;
    /** quarkus.oidc.logout.path */
    private static final String LOGOUT_PATH = "/logout";

    private final GatewayConfig config;
    private final ApiGateway api;
    private final RateLimiter rateLimiter;
    private final PathTemplates templates;
    private final PublicApiDocument document;
    private final EdgeLimits limits;
    private final RouteTable routes;
    private final GatewayMetrics metrics;
    private final RevocationFeed revocations;

    GatewayRouter(GatewayConfig config, ApiGateway api, RateLimiter rateLimiter, PathTemplates templates,
                  RouteTable routes, GatewayMetrics metrics, RevocationFeed revocations) {
        this.revocations = revocations;
        this.routes = routes;
        this.metrics = metrics;
        this.config = config;
        this.api = api;
        this.rateLimiter = rateLimiter;
        this.templates = templates;
        this.document = new PublicApiDocument(config.publicApi());
        this.limits = new EdgeLimits(config.maxBodySize().asLongValue());
    }

    void register(@Observes Router router) {
        router.route().order(EDGE_ORDER).handler(this::edge);
        router.get("/api/openapi").handler(document::serve);
        router.route("/api/*").handler(ctx -> {
            String path = ctx.normalizedPath();
            if (path.equals("/api/docs") || path.startsWith("/api/docs/")) {
                ctx.next(); // Swagger UI, public
            } else if (!BrowserSession.csrfAllows(ctx)) {
                Problems.send(ctx, 403, "Forbidden", "a request authenticated by the session cookie needs the "
                        + BrowserSession.CSRF_HEADER + " header from GET /me");
            } else {
                api.handle(ctx);
            }
        });
        boolean secureCookie = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.oidc.authentication.cookie-force-secure", Boolean.class).orElse(false);
        router.get("/me").handler(new BrowserSession(secureCookie)::me);
        router.get("/login").handler(ctx -> ctx.redirect("/"));
        router.get("/").handler(WebApp::index);
    }

    private void edge(RoutingContext ctx) {
        TraceIds.assign(ctx);
        String template = templates.templateOf(ctx.normalizedPath());
        GatewayMetrics.labelWithTemplate(ctx, template);
        AccessLog.record(ctx, template);
        SecurityHeaders.apply(ctx, config.hsts());
        if (limits.refused(ctx)) {
            return;
        }
        if (BrowserSession.carriesSession(ctx) && !revocations.isCurrent() && !ctx.normalizedPath().equals(LOGOUT_PATH)) {
            // this replica cannot confirm it knows every logout (the broker away): a logged-out session's copied
            // cookie must not pass, so no session does until it can (bearer callers are unaffected; signing out is not refused)
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, "5");
            Problems.send(ctx, 503, "Service Unavailable",
                    "signed-in sessions cannot be checked against sign-outs right now; try again shortly");
            return;
        }
        // the address Vert.x resolved: X-Forwarded-For only counts when a trusted proxy sent it
        // (quarkus.http.proxy.trusted-proxies); never read the header here, anyone can send one
        if (!ctx.normalizedPath().startsWith("/q/") && ctx.request().remoteAddress() != null) {
            long retryAfter = rateLimiter.admitAddress(ctx.request().remoteAddress().host());
            if (retryAfter > 0) {
                String route = routes.nameOf(ctx.normalizedPath());
                metrics.rateLimited("address", route == null ? GatewayMetrics.NO_ROUTE : route);
                ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
                Problems.send(ctx, 429, "Too Many Requests", "rate limit for this address exceeded; retry after " + retryAfter + " s");
                return;
            }
        }
        ctx.next();
    }
}
