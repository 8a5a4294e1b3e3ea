package no.sentret.gateway.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * Headers every response leaves with, the services' included: the gateway's policy replaces
 * whatever the upstream sent, so one place decides framing, sniffing and referrers.
 */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    public static void apply(RoutingContext ctx, Optional<String> hsts) {
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            headers.set("X-Frame-Options", "DENY");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            if (!headers.contains("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", "frame-ancestors 'none'");
            }
            hsts.filter(value -> !value.isBlank()).ifPresent(value -> headers.set("Strict-Transport-Security", value));
        });
    }
}
