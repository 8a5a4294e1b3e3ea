package no.sentret.infra.testing;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A fresh W3C trace context for a test request, as the gateway would send it: a test can then look for its own
 * trace id in the response's {@code X-Trace-Id}, audit rows, outbox rows, record headers and spans.
 */
public final class TestTraces {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** @param traceParent the {@code traceparent} header value naming {@code traceId} (sampled) */
    public record Trace(String traceId, String parentSpanId, String traceParent) {
    }

    private TestTraces() {
    }

    public static Trace fresh() {
        String traceId = hex(16);
        String spanId = hex(8);
        return new Trace(traceId, spanId, "00-" + traceId + "-" + spanId + "-01");
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        b[0] |= 1; // never all zeros, which W3C trace context calls invalid
        return HexFormat.of().formatHex(b);
    }
}
