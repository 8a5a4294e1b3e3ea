package no.sentret.platform.edge;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * A request path with a dot segment ({@code .} or {@code ..}, plain or percent-encoded) is a 400 problem naming
 * {@code path}. Vert.x resolves dot segments before routing (RFC 3986 section 5.2.4), so {@code …/services/../void}
 * reached {@code …/void}: another operation than the caller wrote, on another record. None of our clients sends
 * one, and none of our paths needs one, so it is refused rather than resolved. Never echoed: a path may carry a
 * client code.
 */
@ApplicationScoped
public class DotSegments {

    /** right after the size limits, before Quarkus's CORS (-300) and authentication (-200) filters */
    static final int ORDER = RequestSizeLimits.ORDER + 1;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext ctx) {
        if (hasDotSegment(ctx.request().path())) {
            EdgeProblem.sendField(ctx, 400, "Bad Request", "path", "must not contain a . or .. segment");
        } else {
            ctx.next();
        }
    }

    /** Whether the raw (not yet normalised) path has a segment that is {@code .} or {@code ..}, %2E-encoded or not. */
    static boolean hasDotSegment(String rawPath) {
        if (rawPath == null || !rawPath.contains(".") && !rawPath.toLowerCase(Locale.ROOT).contains("%2e")) {
            return false;
        }
        for (String segment : rawPath.split("/", -1)) {
            String decoded = segment.toLowerCase(Locale.ROOT).replace("%2e", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
