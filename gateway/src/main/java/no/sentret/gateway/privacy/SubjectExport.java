package no.sentret.gateway.privacy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import no.sentret.gateway.problem.Problems;
import no.sentret.gateway.tracing.TraceIds;
import no.sentret.gateway.routing.ServiceCalls;
import no.sentret.gateway.routing.ServiceCalls.Answer;

/**
 * {@code GET /api/privacy/clients/{clientCode}/export}: a data subject's access request — one JSON
 * document with a section per service, each its own export endpoint's answer (each service audits the
 * read under this request's id). All or nothing: a service that does not answer fails the export. Health and legal
 * aid answer with their records once a clinician or a lawyer has released them; until then their sections hold
 * none and say the request is waiting ({@code release.status}).
 */
@ApplicationScoped
public class SubjectExport {

    /** the shape of a client code (the kit's ClientCodes.PATTERN, any case); anything else never reaches a service */
    private static final Pattern CODE = Pattern.compile("[2-9A-HJKMNP-Z]{4,12}");

    private final ServiceCalls services;
    private final PrivacyConfig config;

    SubjectExport(ServiceCalls services, PrivacyConfig config) {
        this.services = services;
        this.config = config;
    }

    void answer(RoutingContext ctx, String clientCode, String accessToken) {
        String code = clientCode.toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            Problems.send(ctx, 400, "Bad Request", "clientCode: must be a client code (4 to 12 of 23456789ABCDEFGHJKMNPQRSTUVWXYZ)");
            return;
        }
        String requestId = TraceIds.of(ctx);
        List<Future<Answer>> calls = new ArrayList<>();
        for (String route : new TreeMap<>(config.exports()).keySet()) {
            String path = config.exports().get(route).replace("{clientCode}", URLEncoder.encode(code, StandardCharsets.UTF_8));
            calls.add(services.call(HttpMethod.GET, route, path, accessToken));
        }
        Fanning.whenAll(ctx, calls, answers -> {
            JsonObject sections = new JsonObject();
            for (Answer answer : answers) {
                sections.put(answer.route(), answer.body().toJsonObject());
            }
            return new JsonObject().put("clientCode", code).put("exportedAt", Instant.now().toString())
                    .put("requestId", requestId).put("sections", sections);
        });
    }
}
