package no.sentret.stats.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The state table against a {@link HashMap} of the same puts, through several growths and colliding slots. */
class EventStatesTest {

    @Test
    void answersWhatAMapOfTheSamePutsAnswers() {
        Random random = new Random(19);
        EventStates states = new EventStates();
        Map<UUID, Long> expected = new HashMap<>();
        UUID[] ids = new UUID[50_000];
        for (int i = 0; i < ids.length; i++) {
            // every tenth id differs from another only in its low half: neighbours in the hash, one slot apart
            ids[i] = i % 10 == 9 ? new UUID(ids[i - 1].getMostSignificantBits(), ids[i - 1].getLeastSignificantBits() + 1)
                    : new UUID(random.nextLong(), random.nextLong());
        }
        for (int round = 0; round < 3; round++) { // the later rounds replace values, as a later record of an id does
            for (UUID id : ids) {
                long value = random.nextLong() & Long.MAX_VALUE;
                states.put(id, value);
                expected.put(id, value);
            }
        }
        assertEquals(expected.size(), states.size());
        for (Map.Entry<UUID, Long> e : expected.entrySet()) {
            assertEquals(e.getValue(), states.get(e.getKey()));
        }
        assertEquals(EventStates.ABSENT, states.get(new UUID(random.nextLong(), random.nextLong())));
        Map<UUID, Long> visited = new HashMap<>();
        states.forEach((hi, lo, v) -> visited.put(new UUID(hi, lo), v));
        assertEquals(expected, visited);
        long[] sum = {0};
        states.forEachValue(v -> sum[0] += v);
        assertEquals(expected.values().stream().mapToLong(Long::longValue).sum(), sum[0]);
    }

    @Test
    void refusesTheNilId() {
        assertThrows(IllegalArgumentException.class, () -> new EventStates().put(new UUID(0, 0), 1));
    }
}
