package no.sentret.platform.edge;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Too long a request target (414, naming {@code uri}) or too large headers (431, naming {@code headers}),
 * answered as problem details before anything else reads the request. Netty enforces its own limits in the
 * HTTP decoder with a bare status, before any handler an application can install (see the README's security
 * section): {@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size} are set well above
 * these (this module's microprofile-config.properties), so a request up to Netty's ceiling meets ours first.
 */
@ApplicationScoped
public class RequestSizeLimits {

    /**
     * After the gateway's edge handler (-10 000: trace id, security headers, access log), before Quarkus's CORS
     * (-300) and authentication (-200) filters: an oversized request costs no token check.
     */
    static final int ORDER = -1_000;

    private final int maxUriLength;
    private final int maxHeaderBytes;

    RequestSizeLimits(@ConfigProperty(name = "sentret.edge.max-uri-length") int maxUriLength,
                      @ConfigProperty(name = "sentret.edge.max-header-bytes") int maxHeaderBytes) {
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > maxUriLength) {
            EdgeProblem.sendField(ctx, 414, "URI Too Long", "uri", "must not be longer than " + maxUriLength + " characters");
        } else if (headerBytes(request) > maxHeaderBytes) {
            EdgeProblem.sendField(ctx, 431, "Request Header Fields Too Large", "headers",
                    "must not be larger than " + maxHeaderBytes + " bytes together");
        } else {
            ctx.next();
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return bytes;
    }
}
