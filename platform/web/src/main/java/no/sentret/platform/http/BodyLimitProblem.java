package no.sentret.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import no.sentret.platform.problem.Problem;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Vert.x answers a body over {@code quarkus.http.limits.max-body-size} with a bare 413 before any
 * JAX-RS mapper runs. This route, first in line, gives a declared oversized body the same
 * problem details as every other refusal; a chunked body is read here within the limit first.
 */
@ApplicationScoped
public class BodyLimitProblem {

    /** Ahead of Quarkus's own handlers (body, auth, REST). */
    static final int ORDER = -10_000;

    void install(@Observes Router router, ObjectMapper mapper) {
        Optional<MemorySize> configured = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class);
        if (configured.isEmpty()) {
            return;
        }
        long limit = configured.get().asLongValue();
        String body = problemJson(mapper, limit);
        // a chunked body has no declared size: read it here, within the limit, so an oversized one
        // fails this route (answered below) instead of the REST layer's bare 413 halfway through
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(limit);
        router.route().order(ORDER).handler(ctx -> {
            String declared = ctx.request().getHeader("Content-Length");
            if (declared != null && exceeds(declared, limit)) {
                refuse(ctx, body);
                return;
            }
            if (declared == null && ctx.request().headers().contains("Transfer-Encoding", "chunked", true)) {
                chunkedBodies.handle(ctx);
                return;
            }
            ctx.next();
        }).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                refuse(ctx, body);
                return;
            }
            ctx.next();
        });
    }

    private static void refuse(io.vertx.ext.web.RoutingContext ctx, String body) {
        ctx.response().setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                // the client may still be sending the body we will not read
                .putHeader("Connection", "close")
                .end(body);
    }

    private static boolean exceeds(String declared, long limit) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String problemJson(ObjectMapper mapper, long limit) {
        Problem problem = Problem.of(413, "Content Too Large", "the request body is larger than " + limit + " bytes",
                List.of(new Problem.FieldError("body", "must not be larger than " + limit + " bytes")));
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
