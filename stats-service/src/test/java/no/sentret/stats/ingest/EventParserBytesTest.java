package no.sentret.stats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.sentret.stats.facts.Fact;
import org.junit.jupiter.api.Test;

/**
 * The parser reads a record's value as the broker holds it (UTF-8 bytes, Jackson's byte parser) instead of a
 * String decoded first: text outside ASCII reads the same, and a value that is not UTF-8 is not JSON (a dead
 * letter) rather than a value with replacement characters in it.
 */
class EventParserBytesTest {

    private final EventParser parser = new EventParser();

    static String visit(UUID eventId, String source, String extraPayloadField) {
        return "{\"eventId\":\"" + eventId + "\",\"type\":\"VisitRecorded\",\"schemaVersion\":1,"
                + "\"occurredAt\":\"2022-03-01T10:00:00Z\",\"recordedAt\":\"2022-03-01T10:00:01Z\",\"source\":\"" + source + "\","
                + "\"clientCode\":\"K1\",\"payload\":{\"id\":\"" + UUID.randomUUID() + "\",\"clientCode\":\"K1\","
                + "\"occurredAt\":\"2022-03-01T10:00:00Z\",\"activities\":[\"MEAL\"]" + extraPayloadField + "}}";
    }

    @Test
    void textOutsideAsciiReadsAsTheCharactersItEncodes() throws InvalidEventException {
        UUID eventId = UUID.randomUUID();
        String source = "besøk-tjenesten-ø✓";
        ParsedEvent e = parser.parse(visit(eventId, source, ",\"note\":\"Bjørn – ✓ 😀\"").getBytes(StandardCharsets.UTF_8));
        assertEquals(eventId, e.eventId());
        assertEquals(source, ((Fact.ServiceFact) e.fact()).source());
    }

    @Test
    void aSourceLongerThanItsColumnCountsCharactersNotBytes() throws InvalidEventException {
        String sixtyFour = "ø".repeat(no.sentret.stats.facts.ColumnSizes.SOURCE); // 128 bytes, 64 characters: fits
        parser.parse(visit(UUID.randomUUID(), sixtyFour, "").getBytes(StandardCharsets.UTF_8));
        InvalidEventException tooLong = assertThrows(InvalidEventException.class,
                () -> parser.parse(visit(UUID.randomUUID(), sixtyFour + "ø", "").getBytes(StandardCharsets.UTF_8)));
        assertEquals("source: longer than " + no.sentret.stats.facts.ColumnSizes.SOURCE + " characters", tooLong.getMessage());
    }

    @Test
    void aValueThatIsNotUtf8IsNotJson() {
        byte[] latin1 = visit(UUID.randomUUID(), "visit-service", ",\"note\":\"Bjørn\"").getBytes(StandardCharsets.ISO_8859_1);
        InvalidEventException e = assertThrows(InvalidEventException.class, () -> parser.parse(latin1));
        assertEquals("record: not JSON", e.getMessage());
    }
}
