package no.sentret.platform.edge;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * RFC 7807 problem details written on Vert.x's router, below any JAX-RS resource: the same shape as the
 * services' {@code no.sentret.platform.problem.Problem} ({@code type}, {@code title}, {@code status},
 * {@code detail}, {@code errors[].field/message}). The refused value is never repeated: a URI or a header
 * may carry what it should not.
 */
public final class EdgeProblem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private EdgeProblem() {
    }

    public static Buffer body(int status, String title, String detail) {
        JsonObject json = new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status);
        if (detail != null) {
            json.put("detail", detail);
        }
        return json.toBuffer();
    }

    /** A problem about one part of the request, named as the services name their fields. */
    public static Buffer body(int status, String title, String field, String message) {
        JsonObject json = body(status, title, field + ": " + message).toJsonObject();
        json.put("errors", new JsonArray().add(new JsonObject().put("field", field).put("message", message)));
        return json.toBuffer();
    }

    public static void send(RoutingContext ctx, int status, String title, String detail) {
        send(ctx, status, body(status, title, detail));
    }

    public static void sendField(RoutingContext ctx, int status, String title, String field, String message) {
        send(ctx, status, body(status, title, field, message));
    }

    private static void send(RoutingContext ctx, int status, Buffer body) {
        if (ctx.response().headWritten()) {
            // too late for a status: the client sees the connection end instead of a truncated answer
            ctx.response().reset();
            return;
        }
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body);
    }
}
