package no.sentret.gateway.web;

import io.vertx.ext.web.RoutingContext;
import no.sentret.gateway.tracing.TraceIds;
import org.jboss.logging.Logger;

/**
 * One line per request: method, path template (never the query, never a client code), status,
 * duration, trace id. Deliberately not Quarkus's access log, whose patterns print the raw URI.
 */
public final class AccessLog {

    private static final Logger LOG = Logger.getLogger("sentret.access");

    private AccessLog() {
    }

    public static void record(RoutingContext ctx, String template) {
        long start = System.nanoTime();
        ctx.addEndHandler(done -> LOG.infof("%s %s %d %dms trace=%s",
                ctx.request().method().name(),
                template,
                ctx.response().getStatusCode(),
                (System.nanoTime() - start) / 1_000_000,
                TraceIds.of(ctx)));
    }
}
