package no.sentret.gateway.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import no.sentret.platform.edge.EdgeProblem;

/**
 * RFC 7807 problem details written by the gateway itself: the kit's {@link EdgeProblem}, the shape of the
 * services' {@code no.sentret.platform.problem.Problem} (the gateway does not take sentret-web's JAX-RS side).
 */
public final class Problems {

    public static final String MEDIA_TYPE = EdgeProblem.MEDIA_TYPE;

    private Problems() {
    }

    public static Buffer body(int status, String title, String detail) {
        return EdgeProblem.body(status, title, detail);
    }

    /** A problem about one part of the request, named as the services name their fields ({@code errors[].field}). */
    public static Buffer body(int status, String title, String field, String message) {
        return EdgeProblem.body(status, title, field, message);
    }

    public static void send(RoutingContext ctx, int status, String title, String detail) {
        EdgeProblem.send(ctx, status, title, detail);
    }

    public static void sendField(RoutingContext ctx, int status, String title, String field, String message) {
        EdgeProblem.sendField(ctx, status, title, field, message);
    }
}
