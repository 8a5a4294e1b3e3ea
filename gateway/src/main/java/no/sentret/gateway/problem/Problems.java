package no.sentret.gateway.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * RFC 7807 problem details written by the gateway itself, in the same shape as the services'
 * {@code no.sentret.platform.problem.Problem} (the gateway has no database and does not pull in the platform).
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
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

    /** A problem about one part of the request, named as the services name their fields ({@code errors[].field}). */
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
