package no.sentret.platform.privacy.subject;

import java.time.Instant;
import java.util.List;

/**
 * The payload of {@code ClientErased} on visit-events: the privacy officer erased a client code, and
 * every service removes or unlinks what it holds under it ({@link ClientErasure}). {@code codes}: the
 * code and every code merged into it (records written before a merge stay under the old code).
 */
public record ClientErased(String clientCode, List<String> codes, Instant erasedAt) {
}
