package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Every event type of the contract (openapi/events/README.md) is accepted, through the real broker
 * into the real database: none of the valid ones is dead-lettered. A broken field of each new kind
 * is a dead letter naming the field.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class EveryEventTypeTest {

    /** The types of the contract's tables, read off openapi/events/README.md by hand. */
    static final Set<String> CONTRACT_TYPES = Set.of("ClientRegistered", "ClientUpdated", "ClientsMerged", "ClientErased", "RecordsDeIdentified", "VisitRecorded",
            "VisitVoided", "SocialConsultationRecorded", "SocialConsultationVoided", "FeedbackGiven",
            "LegalShiftHeld", "LegalShiftNobodyCame", "LegalShiftCancelled", "LegalInquiryRecorded", "LegalInquiryVoided",
            "LegalCaseOpened", "LegalCaseClosed", "LegalCaseVoided",
            "OutreachContactRecorded", "OutreachContactVoided", "StreetShiftHeld", "AssignmentHeld", "AdSiteWeekCounted",
            "StreetShiftVoided", "AssignmentVoided", "AdSiteWeekVoided",
            "HealthServiceRecorded", "HealthServiceVoided", "HealthTeamInvitationRequested", "HealthTeamInvitationCleared",
            "SafetyAlertPublished", "SafetyAlertEnded");

    @Inject
    AgroalDataSource ds;

    @Inject
    MeterRegistry registry;

    @Test
    void everyTypeOfTheContractIsAcceptedAndABrokenFieldOfEachNewKindIsADeadLetter() throws Exception {
        int y = TestData.freshYears(1);
        String p = TestData.codePrefix("ET");
        Instant at = Instant.parse(y + "-03-10T10:00:00Z");
        LocalDate day = LocalDate.of(y, 3, 10);
        UUID visit = UUID.randomUUID();
        UUID consultation = UUID.randomUUID();
        UUID health = UUID.randomUUID();
        UUID inquiry = UUID.randomUUID();
        UUID legalCase = UUID.randomUUID();
        UUID contact = UUID.randomUUID();
        UUID street = UUID.randomUUID();
        List<Events.Ev> valid = List.of(
                Events.clientRegistered(p + "1", "WOMAN", "NO", "26-30", day),
                Events.clientUpdated(p + "1", "WOMAN", "SE", "26-30", day),
                Events.clientRegistered(p + "2", "MAN", null, null, day),
                Events.merged(p + "2", p + "1"),
                Events.clientRegistered(p + "3", "MAN", null, null, day),
                Events.erased(p + "3", at),
                Events.recordsDeIdentified("health-events", "consultation-note", day),
                Events.visitRecorded(visit, p + "1", at),
                Events.visitVoided(visit, p + "1", at),
                Events.consultationRecorded(consultation, p + "1", at),
                Events.consultationVoided(consultation, p + "1", at),
                Events.feedback(UUID.randomUUID(), at, 4, false),
                Events.legalShift("LegalShiftHeld", UUID.randomUUID(), day, "REGULAR"),
                Events.legalShift("LegalShiftNobodyCame", UUID.randomUUID(), day, "SUBSTITUTE"),
                Events.legalShift("LegalShiftCancelled", UUID.randomUUID(), day, "REGULAR"),
                Events.legalInquiry(inquiry, p + "1", at, "YES", "CRIMINAL", "FAMILY"),
                Events.legalInquiryVoided(inquiry, p + "1", at),
                Events.caseOpened(legalCase, p + "1", day, "CRIMINAL"),
                Events.caseClosed(legalCase, p + "1", day, "CRIMINAL", day.plusDays(3), "REFERRED"),
                Events.caseVoided(legalCase, p + "1", day),
                Events.outreachRecorded(contact, null, at, "SMS"),
                Events.outreachRecorded(contact, p + "1", at, "SMS"),
                Events.outreachVoided(contact, p + "1", at),
                Events.outreachRecorded(street, p + "1", at, "STREET"),
                Events.outreachVoided(street, p + "1", at),
                Events.safetyAlert("SafetyAlertPublished", UUID.randomUUID(), day, "ROBBERY", "SENTRUM"),
                Events.safetyAlert("SafetyAlertEnded", UUID.randomUUID(), day, "ROBBERY", "SENTRUM"),
                Events.streetShift(UUID.randomUUID(), at, 5, 100, 50, 10, 0),
                Events.assignment(UUID.randomUUID(), at, "SCHOOL_CLASS"),
                Events.adCount("site-" + p, y + "-W10", 600),
                Events.streetShiftVoided(UUID.randomUUID(), at),
                Events.assignmentVoided(UUID.randomUUID(), at),
                Events.adCountVoided(UUID.randomUUID(), "site-" + p, y + "-W10"),
                Events.healthRecorded(health, p + "1", at, "VACCINATION", "MPOX", null),
                Events.healthVoided(health, p + "1", at, "VACCINATION"),
                Events.invitation("HealthTeamInvitationRequested", p + "1", at),
                Events.invitation("HealthTeamInvitationCleared", p + "1", at),
                // one that stands, so the run shows in the figures
                Events.healthRecorded(UUID.randomUUID(), p + "1", at, "PREP", null, "START"));
        Set<String> sentTypes = new TreeSet<>();
        for (Events.Ev e : valid) {
            sentTypes.add(Events.JSON.readTree(e.value()).get("type").textValue());
        }
        assertEquals(new TreeSet<>(CONTRACT_TYPES), sentTypes, "the test sends every type of the contract");

        // one broken field per new kind: value -> the reason's start
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put(replace(Events.legalShift("LegalShiftHeld", UUID.randomUUID(), day, "REGULAR"), "REGULAR", "PARTNER"),
                "payload.lawyerKind");
        broken.put(replace(Events.legalShift("LegalShiftCancelled", UUID.randomUUID(), day, "REGULAR"), "LAWYER_ILL", "BORED"),
                "payload.reason");
        broken.put(replace(Events.legalShift("LegalShiftNobodyCame", UUID.randomUUID(), day, "REGULAR"), "\"date\":\"" + day, "\"date\":\"tomorrow"),
                "payload.date");
        broken.put(replace(Events.legalInquiry(UUID.randomUUID(), p + "1", at, "YES", "FAMILY"), "\"YES\"", "\"MAYBE\""),
                "payload.wouldNotOtherwiseHaveSoughtLawyer");
        broken.put(replace(Events.legalInquiry(UUID.randomUUID(), p + "1", at, "NO", "CRIMINAL"), "\"SEXUAL_VIOLENCE\"", ""),
                "payload.criminalSubAreas");
        broken.put(replace(Events.caseOpened(UUID.randomUUID(), p + "1", day, "FAMILY"), "FAMILY", "TAXES"), "payload.area");
        broken.put(replace(Events.caseClosed(UUID.randomUUID(), p + "1", day, "FAMILY", day, "REFERRED"), "\"POLICE\"", "null"),
                "payload.referredTo");
        broken.put(replace(Events.caseVoided(UUID.randomUUID(), p + "1", day), "\"openedOn\"", "\"opened\""), "payload.openedOn");
        broken.put(replace(Events.outreachRecorded(UUID.randomUUID(), null, at, "SMS"), "\"SMS\"", "\"PIGEON\""), "payload.channel");
        broken.put(replace(Events.streetShift(UUID.randomUUID(), at, 5, 100, 50, 10, 0), "\"CONDOMS\"", "\"FLYERS\""),
                "payload.kind");
        broken.put(replace(Events.streetShift(UUID.randomUUID(), at, 5, 100, 50, 10, 0), "\"contacts\":5", "\"contacts\":-1"),
                "payload.contacts");
        broken.put(replace(Events.assignment(UUID.randomUUID(), at, "LECTURE"), "LECTURE", "PARTY"), "payload.kind");
        broken.put(replace(Events.adCount("site-" + p, y + "-W11", 600), y + "-W11", y + "-W60"), "week");
        broken.put(replace(Events.adCount("site-" + p, y + "-W12", 600), "\"count\":600", "\"count\":\"many\""), "payload.count");
        broken.put(replace(Events.adCountVoided(UUID.randomUUID(), "site-" + p, y + "-W13"), "\"id\":\"", "\"id\":\"x"), "payload.id");
        broken.put(replace(Events.streetShiftVoided(UUID.randomUUID(), at), "\"occurredAt\":\"" + at, "\"occurredAt\":\"soon"),
                "occurredAt");
        broken.put(replace(Events.healthRecorded(UUID.randomUUID(), p + "1", at), "STI_TEST", "HAIRCUT"), "payload.category");
        broken.put(replace(Events.healthRecorded(UUID.randomUUID(), p + "1", at, "VACCINATION", "MPOX", null), "\"vaccine\":\"MPOX\",", ""),
                "payload.vaccine");
        broken.put(replace(Events.invitation("HealthTeamInvitationRequested", p + "1", at), "\"payload\":{\"clientCode\":\"" + p + "1\"}",
                "\"payload\":{}"), "clientCode");

        broken.put(replace(Events.erased(p + "4", at), "\"codes\":[\"" + p + "4\"]", "\"codes\":[]"), "payload.codes");

        double before = registry.counter("sentret.stats.dead.letters").count();
        List<Events.Ev> all = new ArrayList<>(valid);
        broken.keySet().forEach(v -> all.add(new Events.Ev("outreach-events", null, v)));
        EventSender.sendAndAwait(ds, all);

        assertEquals(before + broken.size(), registry.counter("sentret.stats.dead.letters").count(),
                "only the broken events are dead letters");
        Map<String, ConsumerRecord<String, String>> letters = DeadLetterReader.find(broken.keySet());
        broken.forEach((value, field) -> {
            String reason = DeadLetterReader.reason(letters.get(value));
            assertTrue(reason.startsWith(field + ":"), "reason names " + field + ": " + reason);
        });
        assertEquals(1, Api.annual(y).servicesGiven(), "the one standing service (the PrEP start); all the others were voided");
    }

    private static String replace(Events.Ev e, String what, String with) {
        assertTrue(e.value().contains(what), what + " in " + e.value());
        return e.value().replace(what, with);
    }
}
