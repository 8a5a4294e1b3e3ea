package no.sentret.stats.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What one valid event tells the statistics. */
public sealed interface Fact {

    /** ClientRegistered / ClientUpdated: the client's attributes after the event. */
    record ClientFact(String code, String gender, String nationality, String ageGroup, LocalDate firstRegisteredOn) implements Fact {
    }

    /** ClientsMerged: from now on, and retroactively, {@code mergedCode} is {@code survivingCode}. */
    record MergeFact(String mergedCode, String survivingCode) implements Fact {
    }

    /** A *Recorded (recorded = true) or *Voided (recorded = false) service event. */
    record ServiceFact(Area area, String source, UUID id, String clientCode, Instant occurredAt, boolean recorded) implements Fact {
    }

    record FeedbackFact(UUID id, Instant occurredAt, int score, boolean hasFollowUp) implements Fact {
    }

    /** A valid event that changes no figure (e.g. an anonymous outreach contact). */
    record NoFigures(String why) implements Fact {
    }
}
