package no.sentret.platform.edge;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * What Vert.x's router refuses by itself, as problem details naming the part at fault: no route for the path
 * (404, {@code uri}; Vert.x answered an HTML page), a request target that is not a path (404,
 * {@code request-line}: the authority form of {@code CONNECT}, {@code OPTIONS *}, {@code GET foo}; Vert.x
 * answered a bare 404), no Host header (400, {@code headers}), a method no route takes (405/501,
 * {@code method}). Two hooks, because Vert.x reaches two places: a path no route matches goes to the router's
 * {@code errorHandler(status)}, while a request the router fails itself ({@code ctx.fail(404)} for a target
 * that is not a path) goes through the failure handlers first, where Quarkus's last one ends it with the bare
 * status; this one runs before it.
 */
@ApplicationScoped
public class RouterRefusalProblems {

    /** The statuses the router gives without any application code; never one an application chose (those are ended already). */
    static final Set<Integer> ROUTER_STATUSES = Set.of(400, 404, 405, 414, 431, 501);

    /** Before Quarkus's own failure handler, which is the router's last route. */
    static final int FAILURE_ORDER = Integer.MAX_VALUE - 1_000;

    void register(@Observes Router router) {
        for (int status : ROUTER_STATUSES) {
            router.errorHandler(status, ctx -> answer(ctx, status));
        }
        router.route().order(FAILURE_ORDER).failureHandler(ctx -> {
            if (ctx.failure() == null && ROUTER_STATUSES.contains(ctx.statusCode()) && !ctx.response().ended()) {
                answer(ctx, ctx.statusCode());
            } else {
                ctx.next();
            }
        });
    }

    static void answer(RoutingContext ctx, int status) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        String path = ctx.request().path();
        switch (status) {
            case 404 -> {
                if (path == null || !path.startsWith("/")) {
                    EdgeProblem.sendField(ctx, 404, "Not Found", "request-line", "the request target must be a path starting with '/'");
                } else {
                    EdgeProblem.sendField(ctx, 404, "Not Found", "uri", "no resource answers this path");
                }
            }
            case 405 -> EdgeProblem.sendField(ctx, 405, "Method Not Allowed", "method", "not allowed on this path");
            case 501 -> EdgeProblem.sendField(ctx, 501, "Not Implemented", "method", "not implemented");
            case 414 -> EdgeProblem.sendField(ctx, 414, "URI Too Long", "uri", "too long");
            case 431 -> EdgeProblem.sendField(ctx, 431, "Request Header Fields Too Large", "headers", "too large");
            default -> {
                if (ctx.request().version() == HttpVersion.HTTP_1_1 && ctx.request().getHeader(HttpHeaders.HOST) == null) {
                    EdgeProblem.sendField(ctx, 400, "Bad Request", "headers", "Host is required");
                } else {
                    EdgeProblem.sendField(ctx, 400, "Bad Request", "request-line", "could not be read");
                }
            }
        }
    }
}
