package no.sentret.gateway;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The services' own privacy endpoints as the gateway's fan-outs meet them: a client's export (a part per
 * service with a record, what the gateway sent: token and trace); the audit logs of health and legal aid
 * as the services answer them (the kit's AuditEntry.Page and DailyCount), a few fixed entries whose instants sort differently as text
 * and as time, the caller's query in {@code resourceId}, its token in {@code roles}, its request id.
 */
final class PrivacyUpstream {

    private PrivacyUpstream() {
    }

    private static final java.util.regex.Pattern EXPORT = java.util.regex.Pattern.compile("(/[a-z-]+)?/clients/([^/]+)/export");

    static boolean answers(HttpServerRequest request) {
        String path = request.path();
        java.util.regex.Matcher export = EXPORT.matcher(path);
        if (export.matches()) {
            request.response().putHeader("Content-Type", "application/json").end(exportOf(export.group(2), request).toString());
            return true;
        }
        boolean health = path.startsWith("/health/");
        if (!path.endsWith("/audit") && !path.endsWith("/audit/daily")) {
            return false;
        }
        if ("fail".equals(request.getParam("actor")) && !health) {
            request.response().setStatusCode(500).end();
            return true;
        }
        String token = request.getHeader("Authorization");
        // the trace the gateway passed on (W3C traceparent: 00-<trace id>-<span id>-<flags>), as a service records it
        String traceParent = request.getHeader("traceparent");
        String requestId = traceParent == null ? null : traceParent.split("-")[1];
        Object answer;
        if (path.endsWith("/daily")) {
            answer = health
                    ? new JsonArray().add(count("2026-05-01", "user-x", 2))
                    : new JsonArray().add(count("2026-05-01", "user-x", 1)).add(count("2026-05-02", "user-y", 4));
        } else {
            JsonArray items = health
                    ? new JsonArray().add(entry(7, "2026-05-01T10:00:00Z", "consultation", request, token, requestId))
                            .add(entry(6, "2026-05-01T09:00:00Z", "test-result", request, token, requestId))
                    : new JsonArray().add(entry(3, "2026-05-01T10:00:00.100Z", "legal-case", request, token, requestId));
            answer = new JsonObject().put("items", items).put("page", 0).put("size", Integer.parseInt(request.getParam("size")))
                    .put("total", health ? 40 : 3);
        }
        request.response().putHeader("Content-Type", "application/json").end(answer.toString());
        return true;
    }

    /** A service's part of a data subject's export: its records under the code, and what the gateway sent it. */
    private static JsonObject exportOf(String code, HttpServerRequest request) {
        return new JsonObject().put("clientCode", code).put("path", request.path())
                .put("authorization", request.getHeader("Authorization")).put("traceparent", request.getHeader("traceparent"))
                .put("records", new JsonArray().add(new JsonObject().put("kind", "record-of-" + request.path().split("/")[1])
                        .put("occurredAt", "2026-05-01T10:00:00Z")));
    }

    private static JsonObject count(String day, String actor, long reads) {
        return new JsonObject().put("day", day).put("actor", actor).put("reads", reads);
    }

    private static JsonObject entry(long id, String at, String resource, HttpServerRequest request, String token, String requestId) {
        return new JsonObject().put("id", id).put("at", at).put("actor", "user-x").put("roles", token).put("action", "READ")
                .put("resource", resource).put("resourceId", request.path() + "?" + request.query()).put("requestId", requestId);
    }
}
