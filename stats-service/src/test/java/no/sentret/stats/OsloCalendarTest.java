package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import no.sentret.stats.facts.OsloCalendar;
import org.junit.jupiter.api.Test;

/** OsloCalendar's date without ZonedDateTime is the date java.time gives, around every change of the clocks too. */
class OsloCalendarTest {

    private static LocalDate viaZonedDateTime(Instant i) {
        return i.atZone(OsloCalendar.OSLO).toLocalDate();
    }

    @Test
    void theSameDateAsJavaTimeForAnyInstantOfTheContract() {
        Random rnd = new Random(19);
        long first = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int k = 0; k < 200_000; k++) {
            Instant i = Instant.ofEpochSecond(first + (long) (rnd.nextDouble() * (last - first)), rnd.nextInt(1_000_000_000));
            assertEquals(viaZonedDateTime(i), OsloCalendar.date(i), i::toString);
        }
    }

    @Test
    void theSameDateAroundMidnightAndTheClockChanges() {
        for (int year : new int[] {1894, 1895, 1916, 1940, 1945, 1980, 2022, 2038, 2100, 9999}) {
            Instant start = Instant.parse(year + "-01-01T00:00:00Z").minusSeconds(2 * 86_400);
            for (long s = 0; s < 368L * 86_400; s += 900) {
                for (long edge : new long[] {0, 1, 899}) {
                    Instant i = start.plusSeconds(s + edge);
                    assertEquals(viaZonedDateTime(i), OsloCalendar.date(i), i::toString);
                }
            }
        }
    }

    @Test
    void theDaysOfAnyInstantInAnyOrderAreTheDates() {
        OsloCalendar.Days days = new OsloCalendar.Days();
        Random rnd = new Random(23);
        long first = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        long tableFrom = Instant.parse("1899-12-30T00:00:00Z").getEpochSecond();
        long tableUntil = Instant.parse("2200-01-02T00:00:00Z").getEpochSecond();
        for (int k = 0; k < 300_000; k++) {
            long s = switch (k % 3) {
                case 0 -> first + (long) (rnd.nextDouble() * (last - first)); // anywhere the contract allows
                case 1 -> tableFrom + (long) (rnd.nextDouble() * (tableUntil - tableFrom)); // the years of the table
                default -> Instant.parse("2022-01-01T00:00:00Z").getEpochSecond() + rnd.nextInt(365 * 86_400); // a year shuffled
            };
            Instant i = Instant.ofEpochSecond(s, rnd.nextInt(1_000_000_000));
            assertEquals(viaZonedDateTime(i).toEpochDay(), days.epochDay(i), i::toString);
        }
    }

    @Test
    void theRememberedDayIsTheDateInOrderAndOutOfOrder() {
        OsloCalendar.Days days = new OsloCalendar.Days();
        Random rnd = new Random(17);
        for (int year : new int[] {1894, 1895, 1899, 1900, 1916, 1940, 1945, 1980, 2022, 2038, 2199, 2200, 9999}) {
            Instant start = Instant.parse(year + "-01-01T00:00:00Z").minusSeconds(2 * 86_400);
            for (long s = 0; s < 368L * 86_400; s += 600) {
                // in time order, as a partition is replayed, and now and then a jump back, as the next partition's
                Instant i = rnd.nextInt(50) == 0 ? start.plusSeconds(rnd.nextInt(368 * 86_400)) : start.plusSeconds(s + rnd.nextInt(2));
                assertEquals(viaZonedDateTime(i).toEpochDay(), days.epochDay(i), i::toString);
            }
        }
    }
}
