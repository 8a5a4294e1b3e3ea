package no.sentret.stats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import no.sentret.infra.testing.EventContract;
import no.sentret.stats.facts.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * stats-service reads the event contract, not the producers' code, so its category lists are its own copy of the
 * contract's; this keeps the copy equal to the schemas under openapi/events, in the contract's order (the order the
 * report lists them).
 */
class VocabularyTest {

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("genders", Vocabulary.GENDERS, "ClientRegistered", "/properties/gender"),
                Arguments.of("age groups", Vocabulary.AGE_GROUPS, "ClientRegistered", "/properties/ageGroup"),
                Arguments.of("health categories", Vocabulary.HEALTH_CATEGORIES, "HealthServiceRecorded", "/properties/category"),
                Arguments.of("vaccines", Vocabulary.VACCINES, "HealthServiceRecorded", "/properties/vaccine"),
                Arguments.of("PrEP stages", Vocabulary.PREP_STAGES, "HealthServiceRecorded", "/properties/prepStage"),
                Arguments.of("lawyer kinds", Vocabulary.LAWYER_KINDS, "LegalShiftHeld", "/properties/lawyerKind"),
                Arguments.of("cancel reasons", Vocabulary.SHIFT_CANCEL_REASONS, "LegalShiftCancelled", "/properties/reason"),
                Arguments.of("legal areas", Vocabulary.LEGAL_AREAS, "LegalInquiryRecorded", "/properties/areas"),
                Arguments.of("criminal sub-areas", Vocabulary.CRIMINAL_SUB_AREAS, "LegalInquiryRecorded", "/properties/criminalSubAreas"),
                Arguments.of("would not otherwise", Vocabulary.WOULD_NOT_OTHERWISE, "LegalInquiryRecorded", "/properties/wouldNotOtherwiseHaveSoughtLawyer"),
                Arguments.of("case outcomes", Vocabulary.CASE_OUTCOMES, "LegalCaseClosed", "/properties/outcome"),
                Arguments.of("referred to", Vocabulary.REFERRED_TO, "LegalCaseClosed", "/properties/referredTo"),
                Arguments.of("contact channels", Vocabulary.CONTACT_CHANNELS, "OutreachContactRecorded", "/properties/channel"),
                Arguments.of("directions", Vocabulary.DIRECTIONS, "OutreachContactRecorded", "/properties/direction"),
                Arguments.of("outreach topics", Vocabulary.OUTREACH_TOPICS, "OutreachContactRecorded", "/properties/topics"),
                Arguments.of("alert categories", Vocabulary.ALERT_CATEGORIES, "SafetyAlertPublished", "/properties/category"),
                Arguments.of("districts", Vocabulary.DISTRICTS, "StreetShiftHeld", "/properties/district"),
                Arguments.of("hand-out kinds", Vocabulary.HAND_OUT_KINDS, "StreetShiftHeld", "/properties/handOuts/items/properties/kind"),
                Arguments.of("assignment kinds", Vocabulary.ASSIGNMENT_KINDS, "AssignmentHeld", "/properties/kind"),
                Arguments.of("audiences", Vocabulary.AUDIENCES, "AssignmentHeld", "/properties/audience"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void statsCountsExactlyTheContractsCategories(String what, List<String> ours, String type, String pointer) {
        assertEquals(EventContract.enumeration(type, pointer), ours, what + " differ from openapi/events/" + type + ".schema.json");
    }
}
