package no.sentret.infra.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestartBackOffTest {

    private static final RestartBackOff.Policy POLICY =
            new RestartBackOff.Policy(Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(60), 6);
    private static final Duration QUICK = Duration.ofSeconds(3);

    @Test
    void quickFailuresDoubleTheDelayUpToTheCapThenGiveUp() {
        RestartBackOff backOff = new RestartBackOff(POLICY);
        List<Long> delays = new ArrayList<>();
        RestartBackOff.Decision d = backOff.afterExit(QUICK);
        while (!d.givesUp()) {
            delays.add(d.delay().toSeconds());
            d = backOff.afterExit(QUICK);
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 8L, 8L), delays);
        assertEquals(7, d.attempt());
    }

    @Test
    void aComponentThatRanForTheStablePeriodStartsAfreshAtTheFirstDelay() {
        RestartBackOff backOff = new RestartBackOff(POLICY);
        backOff.afterExit(QUICK);
        backOff.afterExit(QUICK);
        assertEquals(Duration.ofSeconds(4), backOff.afterExit(QUICK).delay());
        RestartBackOff.Decision afterAStableRun = backOff.afterExit(Duration.ofMinutes(5));
        assertEquals(Duration.ofSeconds(1), afterAStableRun.delay());
        assertEquals(1, afterAStableRun.attempt());
        // so crashes days apart never add up to a give-up
        for (int i = 0; i < 20; i++) {
            assertTrue(!backOff.afterExit(Duration.ofHours(24)).givesUp());
        }
    }
}
