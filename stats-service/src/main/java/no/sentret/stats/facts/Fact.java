package no.sentret.stats.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What one valid event tells the statistics. Categories and counts only: never free text. */
public sealed interface Fact {

    /** ClientRegistered / ClientUpdated: the client's attributes after the event. */
    record ClientFact(String code, String gender, String nationality, String ageGroup, LocalDate firstRegisteredOn) implements Fact {
    }

    /** ClientsMerged: from now on, and retroactively, {@code mergedCode} is {@code survivingCode}. */
    record MergeFact(String mergedCode, String survivingCode) implements Fact {
    }

    /**
     * ClientErased: the codes' facts of {@code openFromYear} and later are unlinked from them (the
     * figures of earlier, closed years stay exactly as they were).
     */
    record ErasureFact(List<String> codes, int openFromYear) implements Fact {
    }

    /**
     * A *Recorded (recorded = true) or *Voided (recorded = false) service event; {@code detail} holds
     * the area's own categories of a recorded one (null for areas without, and for voids).
     */
    record ServiceFact(Area area, String source, UUID id, String clientCode, Instant occurredAt, boolean recorded,
                       Detail detail) implements Fact {

        public ServiceFact(Area area, String source, UUID id, String clientCode, Instant occurredAt, boolean recorded) {
            this(area, source, id, clientCode, occurredAt, recorded, null);
        }
    }

    /** The categories of a recorded service event that an area counts on its own. */
    sealed interface Detail {
    }

    /** HealthServiceRecorded: category; vaccine only for VACCINATION, prepStage only for PREP. */
    record HealthDetail(String category, String vaccine, String prepStage) implements Detail {
    }

    /** LegalInquiryRecorded: YES, NO or NOT_ASKED. */
    record InquiryDetail(String wouldNotOtherwise) implements Detail {
    }

    /**
     * OutreachContactRecorded/Voided, with or without a client code: a contact is counted per
     * channel by its id (published again with the same id when linked to a client later);
     * {@code service} is the service event (null for a recorded contact without a client code).
     */
    record OutreachContactFact(String source, UUID id, Instant occurredAt, String channel, boolean recorded,
                               ServiceFact service) implements Fact {
    }

    /** LegalShiftHeld / LegalShiftNobodyCame / LegalShiftCancelled: status HELD, NOBODY_CAME, CANCELLED. */
    record LegalShiftFact(UUID id, LocalDate date, String status, String lawyerKind, int revision) implements Fact {
    }

    /** LegalCaseOpened (event OPENED), LegalCaseClosed (CLOSED, with closedOn and outcome), LegalCaseVoided (VOIDED). */
    record LegalCaseFact(UUID id, String event, LocalDate openedOn, String area, LocalDate closedOn, String outcome) implements Fact {
    }

    /** StreetShiftHeld: district, contacts (a count) and hand-outs summed per kind. */
    record StreetShiftFact(UUID id, Instant occurredAt, String district, int workers, int contacts,
                           Map<String, Integer> handOuts) implements Fact {
    }

    /** StreetShiftVoided: cancels the shift with this id (its contacts and hand-outs), before or after it arrives. */
    record StreetShiftVoidedFact(UUID id) implements Fact {
    }

    /** AssignmentHeld. */
    record AssignmentFact(UUID id, Instant occurredAt, String kind, String audience, int participants) implements Fact {
    }

    /** AssignmentVoided: cancels the assignment with this id, before or after it arrives. */
    record AssignmentVoidedFact(UUID id) implements Fact {
    }

    /**
     * AdSiteWeekCounted: a count of a site's ISO week ({@code weekYear}-W{@code week}) by its id (for counts
     * published before ids were added, {@link LegacyAdCountIds}).
     */
    record AdSiteWeekFact(UUID id, String site, int weekYear, int week, int count) implements Fact {
    }

    /** AdSiteWeekVoided: cancels the count with this id, before or after it arrives. */
    record AdSiteWeekVoidedFact(UUID id, String site, int weekYear, int week) implements Fact {
    }

    record FeedbackFact(UUID id, Instant occurredAt, int score, boolean hasFollowUp) implements Fact {
    }

    /** A valid event that changes no figure (e.g. HealthTeamInvitationRequested). */
    record NoFigures(String why) implements Fact {
    }
}
