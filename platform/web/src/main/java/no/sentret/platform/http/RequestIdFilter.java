package no.sentret.platform.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} (from the gateway) when it is a
 * plain token, otherwise a new UUID. It is echoed in the response, put on the log line
 * ({@code %X{requestId}}) and stored with audit rows, so one request can be followed across services.
 */
@ApplicationScoped
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    /** The same characters and length the gateway keeps (gateway RequestIds), so one id runs from the edge to the audit row. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(BodyLimitProblem.ORDER - 1).handler(ctx -> {
            String given = ctx.request().getHeader(HEADER);
            String id = given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            // Quarkus keeps the MDC on the request's Vert.x context, so worker threads of this request see it too
            MDC.put("requestId", id);
            ctx.response().putHeader(HEADER, id);
            ctx.addEndHandler(done -> MDC.remove("requestId"));
            ctx.next();
        });
    }
}
