package no.sentret.stats.ingest;

import static no.sentret.stats.ingest.FieldChecks.id;
import static no.sentret.stats.ingest.FieldChecks.integer;
import static no.sentret.stats.ingest.FieldChecks.oneOf;
import static no.sentret.stats.ingest.FieldChecks.oneOfEach;
import static no.sentret.stats.ingest.FieldChecks.payloadCode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.sentret.stats.facts.Area;
import no.sentret.stats.facts.ColumnSizes;
import no.sentret.stats.facts.Fact;
import no.sentret.stats.facts.Vocabulary;

/** The facts of the *Recorded and *Voided service events of every area ({@link no.sentret.stats.facts.ServiceTypes}). */
final class ServiceEventFacts {

    private ServiceEventFacts() {
    }

    /** @param recorded the area of a *Recorded type, or null; @param voided the area of a *Voided type, or null */
    static Fact fact(String type, Area recorded, Area voided, String source, Instant occurredAt, String envelopeCode, JsonFields p)
            throws InvalidEventException {
        Area area = recorded != null ? recorded : voided;
        UUID id = id(p);
        String code = payloadCode(p, envelopeCode);
        Fact.Detail detail = recorded != null ? detail(area, p) : null;
        if (voided == Area.HEALTH) {
            oneOf(p, "category", Vocabulary.HEALTH_CATEGORIES, true);
        }
        // only a service event stores its source (an outreach contact, with or without a code, too)
        if (source.codePointCount(0, source.length()) > ColumnSizes.SOURCE) {
            throw new InvalidEventException("source: longer than " + ColumnSizes.SOURCE + " characters");
        }
        Fact.ServiceFact service = new Fact.ServiceFact(area, source, id, code, occurredAt, recorded != null, detail);
        if (area == Area.OUTREACH) {
            String channel = recorded != null ? oneOf(p, "channel", Vocabulary.CONTACT_CHANNELS, true) : null;
            // a contact without a client code counts per channel, but is not a service event (contract)
            boolean isServiceEvent = code != null || recorded == null;
            return new Fact.OutreachContactFact(source, id, occurredAt, channel, recorded != null,
                    isServiceEvent ? service : null);
        }
        if (code == null && !area.countsAnonymous()) {
            return new Fact.NoFigures(type + " without a client code is not a service event");
        }
        return service;
    }

    /** The area's own categories of a recorded service event (validated as the contract says). */
    private static Fact.Detail detail(Area area, JsonFields p) throws InvalidEventException {
        switch (area) {
            case HEALTH: {
                String category = oneOf(p, "category", Vocabulary.HEALTH_CATEGORIES, true);
                String vaccine = oneOf(p, "vaccine", Vocabulary.VACCINES, false);
                String prepStage = oneOf(p, "prepStage", Vocabulary.PREP_STAGES, false);
                if ((vaccine != null) != category.equals("VACCINATION")) {
                    throw new InvalidEventException("payload.vaccine: set exactly for VACCINATION");
                }
                if (vaccine != null) {
                    integer(p, "dose", 1, 5);
                }
                if ((prepStage != null) != category.equals("PREP")) {
                    throw new InvalidEventException("payload.prepStage: set exactly for PREP");
                }
                return new Fact.HealthDetail(category, vaccine, prepStage);
            }
            case LEGAL: {
                List<String> areas = oneOfEach(p, "areas", Vocabulary.LEGAL_AREAS);
                if (areas.isEmpty()) {
                    throw new InvalidEventException("payload.areas: at least one");
                }
                List<String> sub = oneOfEach(p, "criminalSubAreas", Vocabulary.CRIMINAL_SUB_AREAS);
                if (sub.isEmpty() == areas.contains("CRIMINAL")) {
                    throw new InvalidEventException("payload.criminalSubAreas: non-empty exactly when areas include CRIMINAL");
                }
                return new Fact.InquiryDetail(oneOf(p, "wouldNotOtherwiseHaveSoughtLawyer", Vocabulary.WOULD_NOT_OTHERWISE, true));
            }
            case OUTREACH: {
                oneOf(p, "direction", Vocabulary.DIRECTIONS, true);
                if (oneOfEach(p, "topics", Vocabulary.OUTREACH_TOPICS).isEmpty()) {
                    throw new InvalidEventException("payload.topics: at least one");
                }
                return null;
            }
            default:
                return null;
        }
    }
}
