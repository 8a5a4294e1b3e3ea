package no.sentret.gateway.problem;

import io.vertx.ext.web.RoutingContext;

/**
 * The request's declared body over the gateway's limit, answered as problem details naming {@code body}
 * before anything reads it. Quarkus enforces its own upload limit with a bare 413, so that one is set well
 * above ours (application.properties). Too long a request line or too large headers are the kit's
 * ({@code no.sentret.platform.edge.RequestSizeLimits}, shared with the services), which runs right after the
 * gateway's edge handler.
 */
public final class EdgeLimits {

    private final long maxBody;

    public EdgeLimits(long maxBody) {
        this.maxBody = maxBody;
    }

    /** Answers and returns true when the request is over a limit. */
    public boolean refused(RoutingContext ctx) {
        String declared = ctx.request().getHeader("Content-Length");
        if (declared != null && exceeds(declared)) {
            // the client may still be sending a body nobody will read
            ctx.response().putHeader("Connection", "close");
            Problems.sendField(ctx, 413, "Content Too Large", "body", "must not be larger than " + maxBody + " bytes");
            return true;
        }
        return false;
    }

    private boolean exceeds(String declared) {
        try {
            return Long.parseLong(declared.trim()) > maxBody;
        } catch (NumberFormatException e) {
            return false; // Vert.x's decoder refuses a malformed length itself
        }
    }
}
