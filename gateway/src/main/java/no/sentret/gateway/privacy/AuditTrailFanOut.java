package no.sentret.gateway.privacy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.sentret.gateway.problem.Problems;
import no.sentret.gateway.routing.ServiceCalls;
import no.sentret.gateway.routing.ServiceCalls.Answer;

/**
 * {@code GET /api/privacy/audit?actor&from&to&resource&size}: the newest {@code size} special-category
 * reads across the services that keep an audit log, and each user's reads per day summed over them.
 * <p>
 * Each service keeps its trail in its own database, written in the reading transaction; the gateway
 * asks each one (with the officer's token) rather than holding a copy, so there is no second store of
 * who-read-what to secure, keep in step and erase, and each service audits this read of its trail
 * itself. The price: no paging across services — the newest {@code size} (at most
 * {@code sentret.privacy.max-entries}) are listed, with each service's total; older ones by narrowing
 * the period.
 */
@ApplicationScoped
public class AuditTrailFanOut {

    private static final List<String> PASSED_ON = List.of("actor", "from", "to", "resource", "requestId");
    private static final int DEFAULT_SIZE = 100;

    private final ServiceCalls services;
    private final PrivacyConfig config;

    AuditTrailFanOut(ServiceCalls services, PrivacyConfig config) {
        this.services = services;
        this.config = config;
    }

    void answer(RoutingContext ctx, String accessToken) {
        int size;
        try {
            String raw = ctx.request().getParam("size");
            size = raw == null ? DEFAULT_SIZE : Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < 1 || size > config.maxEntries()) {
            Problems.send(ctx, 400, "Bad Request", "size: must be a whole number from 1 to " + config.maxEntries());
            return;
        }
        String query = query(ctx);
        List<String> routes = new ArrayList<>(new TreeMap<>(config.auditTrails()).keySet());
        List<Future<Answer>> calls = new ArrayList<>();
        for (String route : routes) {
            String path = config.auditTrails().get(route);
            calls.add(services.call(HttpMethod.GET, route, path + "?size=" + size + query, accessToken));
            calls.add(services.call(HttpMethod.GET, route, path + "/daily" + (query.isEmpty() ? "" : "?" + query.substring(1)), accessToken));
        }
        int limit = size;
        Fanning.whenAll(ctx, calls, answers -> assemble(answers, limit));
    }

    private static String query(RoutingContext ctx) {
        StringBuilder query = new StringBuilder();
        for (String name : PASSED_ON) {
            String value = ctx.request().getParam(name);
            if (value != null) {
                query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    /** answers: per service, its page then its daily counts */
    private static JsonObject assemble(List<Answer> answers, int size) {
        List<JsonObject> entries = new ArrayList<>();
        JsonObject totals = new JsonObject();
        Map<String, JsonObject> daily = new TreeMap<>();
        for (int i = 0; i < answers.size(); i += 2) {
            String service = answers.get(i).route();
            JsonObject page = answers.get(i).body().toJsonObject();
            totals.put(service, page.getLong("total"));
            for (Object item : page.getJsonArray("items")) {
                JsonObject entry = ((JsonObject) item).copy();
                entry.remove("id");
                entries.add(new JsonObject().put("service", service).mergeIn(entry));
            }
            for (Object item : answers.get(i + 1).body().toJsonArray()) {
                JsonObject count = (JsonObject) item;
                String key = count.getString("day") + "\u0000" + count.getString("actor");
                JsonObject sum = daily.computeIfAbsent(key, k -> new JsonObject().put("day", count.getString("day"))
                        .put("actor", count.getString("actor")).put("reads", 0L).put("byService", new JsonObject()));
                sum.put("reads", sum.getLong("reads") + count.getLong("reads"));
                sum.getJsonObject("byService").put(service, count.getLong("reads"));
            }
        }
        // newest first, as each service lists them (parsed: the fractions' lengths vary, so text does not sort)
        entries.sort(Comparator.comparing((JsonObject e) -> java.time.Instant.parse(e.getString("at"))).reversed());
        return new JsonObject()
                .put("items", new JsonArray(new ArrayList<>(entries.subList(0, Math.min(size, entries.size())))))
                .put("totals", totals)
                .put("daily", new JsonArray(new ArrayList<>(daily.values())));
    }
}
