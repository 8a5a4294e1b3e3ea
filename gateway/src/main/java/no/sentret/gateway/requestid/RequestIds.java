package no.sentret.gateway.requestid;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * {@code X-Request-Id}: the caller's id is kept when it is made of safe characters (anything else is
 * stripped, and it is cut to 64), otherwise a new one is generated. It goes upstream, into the MDC
 * (so every log line of the request carries it: Quarkus binds the MDC to the request's Vert.x
 * context) and back on the response.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final String CONTEXT_KEY = "sentret.requestId";
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._:-]");
    private static final int MAX_LENGTH = 64;

    private RequestIds() {
    }

    /** @return the id to use for a request carrying {@code raw} (may be null) */
    public static String accept(String raw) {
        if (raw != null) {
            String safe = UNSAFE.matcher(raw).replaceAll("");
            if (safe.length() > MAX_LENGTH) {
                safe = safe.substring(0, MAX_LENGTH);
            }
            if (!safe.isEmpty()) {
                return safe;
            }
        }
        return UUID.randomUUID().toString();
    }

    public static void assign(RoutingContext ctx) {
        String id = accept(ctx.request().getHeader(HEADER));
        ctx.put(CONTEXT_KEY, id);
        MDC.put(MDC_KEY, id);
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, id));
    }

    public static String of(RoutingContext ctx) {
        return ctx.get(CONTEXT_KEY);
    }
}
