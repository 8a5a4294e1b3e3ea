package no.sentret.stats.freeze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which years the nightly job may freeze on a given day, and from when stats' retention counts. */
class FreezeConfigTest {

    private static FreezeConfig config(String after, String retention) {
        return new FreezeConfig() {
            @Override
            public String after() {
                return after;
            }

            @Override
            public String cron() {
                return "off";
            }

            @Override
            public String clientRetention() {
                return retention;
            }
        };
    }

    @Test
    void aYearIsClosedFromTheGivenDayOfTheNextYear() {
        FreezeConfig march = config("03-01", "P5Y");
        assertEquals(2022, march.lastClosedYear(LocalDate.of(2024, 2, 29)), "2023 is not closed before 1 March 2024");
        assertEquals(2023, march.lastClosedYear(LocalDate.of(2024, 3, 1)));
        assertEquals(2023, march.lastClosedYear(LocalDate.of(2024, 12, 31)));
        assertEquals(2024, config("01-01", "P5Y").lastClosedYear(LocalDate.of(2025, 1, 1)), "closed on new year's day");
    }

    @Test
    void theRetentionCountsBackFromToday() {
        assertEquals(LocalDate.of(2019, 3, 1), config("03-01", "P5Y").retentionCutoff(LocalDate.of(2024, 3, 1)));
        assertEquals(LocalDate.of(2024, 1, 1), config("03-01", "P2M").retentionCutoff(LocalDate.of(2024, 3, 1)));
    }
}
