package no.sentret.gateway.problem;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/**
 * The request's size limits, answered as problem details naming the part that is too large.
 * Vert.x and Quarkus enforce their own limits with a bare status before any route runs (the request
 * line and headers in the HTTP decoder, a declared body in Quarkus's upload limit), so those are set
 * well above ours (application.properties) and ours are checked first, in the gateway's edge handler.
 * Not reached: a request line or headers over Netty's ceiling, or one the decoder cannot parse
 * (an unknown HTTP version, a path not starting with '/'), which Vert.x answers on its connection
 * before any handler Quarkus lets an application install.
 */
public final class EdgeLimits {

    /** Under Netty's {@code quarkus.http.limits.max-initial-line-length}, so that ours answers first. */
    static final int MAX_URI_LENGTH = 4096;
    /** Under Netty's {@code quarkus.http.limits.max-header-size}. */
    static final int MAX_HEADER_BYTES = 20 * 1024;

    private final long maxBody;

    public EdgeLimits(long maxBody) {
        this.maxBody = maxBody;
    }

    /** Answers and returns true when the request is over a limit. */
    public boolean refused(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            // the URI is never echoed: it may carry what it should not
            Problems.sendField(ctx, 414, "URI Too Long", "uri", "must not be longer than " + MAX_URI_LENGTH + " characters");
            return true;
        }
        if (headerBytes(request) > MAX_HEADER_BYTES) {
            Problems.sendField(ctx, 431, "Request Header Fields Too Large", "headers", "must not be larger than " + MAX_HEADER_BYTES + " bytes together");
            return true;
        }
        String declared = request.getHeader("Content-Length");
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

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }
}
