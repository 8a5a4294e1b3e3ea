package no.sentret.stats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
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

    /**
     * The projection reads each value where the fetched batch holds it (a slice of a larger array): the parse reads
     * the slice and nothing beside it, so an event reads as its copy does, plain or left to Jackson, and a value that
     * ends early is not completed by the bytes after it.
     */
    @Test
    void aSliceOfALargerArrayReadsAsItsCopy() throws InvalidEventException {
        UUID eventId = UUID.randomUUID();
        for (String value : new String[] {visit(eventId, "visit-service", ""), visit(eventId, "besøk-tjenesten", "")}) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            ParsedEvent copy = parser.parse(bytes);
            ParsedEvent slice = parser.parse(sliceBetween("{\"eventId\":\"x\",", bytes, "}\"}}"));
            assertEquals(copy.eventId(), slice.eventId());
            assertEquals(copy.fact(), slice.fact());
        }
    }

    @Test
    void aSliceThatEndsEarlyIsNotCompletedByTheBytesAfterIt() {
        byte[] whole = visit(UUID.randomUUID(), "visit-service", "").getBytes(StandardCharsets.UTF_8);
        byte[] early = java.util.Arrays.copyOf(whole, whole.length - 1); // without the envelope's closing brace
        ByteBuffer slice = sliceBetween("", early, "}");
        int position = slice.position();
        InvalidEventException e = assertThrows(InvalidEventException.class, () -> parser.parse(slice));
        assertEquals("record: not JSON", e.getMessage());
        assertEquals(position, slice.position(), "the buffer's position is left as it was");
        // a buffer without an array (a direct one) is read from a copy, the same
        ByteBuffer direct = ByteBuffer.allocateDirect(whole.length).put(whole).flip();
        assertEquals(whole.length, direct.remaining());
        assertThrows(InvalidEventException.class, () -> parser.parse(direct.duplicate().limit(whole.length - 1)));
    }

    /** {@code value} as the slice a fetched batch gives: between other bytes of the same array */
    private static ByteBuffer sliceBetween(String before, byte[] value, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        ByteBuffer batch = ByteBuffer.allocate(head.length + value.length + tail.length).put(head).put(value).put(tail);
        return batch.position(head.length).limit(head.length + value.length).slice();
    }
}
