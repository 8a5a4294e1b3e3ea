package no.sentret.stats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path must accept exactly what Instant.parse accepts, with the same meaning. */
class Rfc3339Test {

    @Test
    void agreesWithInstantParseOnRandomInstants() {
        Random rnd = new Random(19);
        for (int i = 0; i < 200_000; i++) {
            long second = rnd.nextLong(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> rnd.nextInt(1000) * 1_000_000;
                case 2 -> rnd.nextInt(1_000_000) * 1000;
                default -> rnd.nextInt(1_000_000_000);
            };
            String text = Instant.ofEpochSecond(second, nano).toString();
            assertEquals(Instant.parse(text), Rfc3339.parse(text), text);
        }
    }

    @Test
    void agreesWithInstantParseOnEdgesAndLeavesOtherShapesToIt() {
        for (String text : List.of("2022-01-31T23:30:00Z", "2022-01-31T23:30:00.5Z", "2022-01-31T23:30:00.000000001Z",
                "2022-01-31T23:30:00.123456789Z", "2024-02-29T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
                "2022-03-27T01:30:00+01:00", "2022-12-31T23:59:60Z", "2022-06-30T23:59:60Z", "0000-01-01T00:00:00Z",
                "0000-02-29T12:00:00Z", "1900-02-28T23:59:59Z", "2000-02-29T00:00:00Z", "2100-02-28T00:00:00Z",
                "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z", "2022-04-30T00:00:00Z", "2022-12-31T23:59:59Z")) {
            assertEquals(parsedOrError(text), fastPathOrError(text), text);
        }
        for (String text : List.of("2022-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2022-13-01T00:00:00Z", "2022-01-01T24:00:00Z",
                "2022-01-01T00:60:00Z", "2022-01-01T00:00:00.Z", "2022-01-01T00:00:00.1234567890Z", "2022-01-01 00:00:00Z",
                "2022-01-01T00:00:00", "+2022-01-01T00:00:00Z", "2022-1-01T00:00:00Z", "２０２２-01-01T00:00:00Z",
                "2022-01-01T00:00:0aZ", "2022-01-01t00:00:00z", "-001-01-01T00:00:00Z", "", "1900-02-29T00:00:00Z",
                "2100-02-29T00:00:00Z", "2022-04-31T00:00:00Z", "2022-00-10T00:00:00Z", "2022-01-00T00:00:00Z")) {
            assertEquals(parsedOrError(text), fastPathOrError(text), text);
        }
        assertNull(Rfc3339.simpleUtc("2022-12-31T23:59:60Z"), "a leap second is the formatter's to judge");
        assertNull(Rfc3339.simpleUtc("2022-02-30T00:00:00Z"));
    }

    private static String parsedOrError(String text) {
        try {
            return Instant.parse(text).toString();
        } catch (DateTimeParseException e) {
            return "refused";
        }
    }

    private static String fastPathOrError(String text) {
        try {
            return Rfc3339.parse(text).toString();
        } catch (DateTimeParseException e) {
            return "refused";
        }
    }
}
