package no.sentret.gateway.routing;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/** What the caller is told when the service could not answer: never the exception itself. */
final class UpstreamFailures {

    /** {@code field}: the part of the request at fault, or null when the service is. */
    record Outcome(int status, String title, String detail, String field) {
        Outcome(int status, String title, String detail) {
            this(status, title, detail, null);
        }
    }

    private UpstreamFailures() {
    }

    static Outcome classify(String upstream, Throwable failure, boolean bodyTooLarge, long maxBody) {
        if (bodyTooLarge || failure instanceof LimitedBody.TooLarge) {
            return new Outcome(413, "Content Too Large", "must not be larger than " + maxBody + " bytes", "body");
        }
        // ConnectTimeoutException is a ConnectException: unreachable, not slow
        if (failure instanceof ConnectException || hasCause(failure, ConnectException.class)) {
            return new Outcome(503, "Service Unavailable", upstream + " is not reachable; try again shortly");
        }
        if (failure instanceof TimeoutException || hasCause(failure, TimeoutException.class)) {
            return new Outcome(504, "Gateway Timeout", upstream + " did not answer in time");
        }
        return new Outcome(502, "Bad Gateway", upstream + " closed the connection without a valid answer");
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure == null ? null : failure.getCause(); t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
