package no.sentret.stats.ingest;

import java.util.UUID;
import no.sentret.stats.facts.Fact;

/** A valid envelope and what it tells the statistics. */
public record ParsedEvent(UUID eventId, String type, Fact fact) {
}
