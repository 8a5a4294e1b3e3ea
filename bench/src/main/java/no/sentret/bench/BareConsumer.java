package no.sentret.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import no.sentret.stats.ingest.EventParser;
import no.sentret.stats.ingest.InvalidEventException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The ceiling the stats-service's replay is compared with: a bare {@code KafkaConsumer} reading the same topics
 * from the beginning, with the replay's consumer settings (string keys, values as bytes, read_committed, the
 * service's 2,000 records a poll), touching every value's bytes and doing nothing else.
 *
 * <p>One pass over the topics takes a fraction of a second at the rates this machine reaches (1,500,000 events/s
 * and more when it is quiet), and a single such pass measured 33,000 to 1,300,000 events/s within minutes of one run (bench
 * README, steps 7-9): the bench's own JIT was cold for the first one, and a transient of the shared machine
 * decides a pass that short. So: one unmeasured warm-up pass, then {@link #PASSES} passes that each read the
 * topics from the beginning as many times as it takes to reach {@link #MIN_EVENTS_PER_PASS} records (seconds
 * each); the rate is the median pass, printed with the slowest and fastest, and the CPU each event cost the
 * consumer's JVM and the broker over all measured passes (steadier than the rate on a loaded machine).
 *
 * <p>The same passes with {@link #PARSE} instead of {@link #TOUCH} measure a consumer that reads each event with the
 * stats-service's own parser ({@code ingest.EventParser}, the checkout's) and does nothing else: the first thing any
 * exact replay has to do with an event, so the ceiling of every way of storing the figures.
 */
final class BareConsumer {

    /** What a pass does with each record's value; the sum of the answers must not be 0 (the values were read). */
    interface ValueReader {
        long read(byte[] value);

        /** before each read of the topics from their beginning (a replay starts over) */
        default void restart() {
        }

        /** after each read of the topics, inside the measured time (what a replay does at its end) */
        default void finish() {
        }
    }

    /** the bare consumer: touches the value's bytes */
    static final ValueReader TOUCH = value -> value.length;

    /** the parsing consumer: the stats-service's parser, counting the events it reads as valid */
    static final ValueReader PARSE = new ValueReader() {
        private final EventParser parser = new EventParser();

        @Override
        public long read(byte[] value) {
            try {
                return parser.parse(value).eventId() == null ? 0 : 1;
            } catch (InvalidEventException e) {
                return 0;
            }
        }
    };

    /**
     * the tokenizing consumer: Jackson's tokens of each value and nothing else (no field kept, no check) — the floor
     * of any parse of these JSON events, so what part of the parsing consumer's cost our own reading adds
     */
    static final ValueReader TOKENIZE = new ValueReader() {
        private final JsonFactory json = new JsonFactory();

        @Override
        public long read(byte[] value) {
            long tokens = 0;
            try (JsonParser p = json.createParser(value)) {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.VALUE_STRING) {
                        p.getTextLength(); // a text's characters are decoded only when asked for; the parser asks
                    }
                    tokens++;
                }
            } catch (IOException e) {
                return 0;
            }
            return tokens;
        }
    };

    static final int PASSES = 5;
    static final long MIN_EVENTS_PER_PASS = 2_000_000;

    /** events/s of the median, slowest and fastest pass; CPU µs an event of the consumer's JVM and of the broker */
    record Rate(double median, double min, double max, long eventsPerPass, double consumerMicros, double brokerMicros) {

        double spread() {
            return (max - min) / median;
        }

        @Override
        public String toString() {
            return String.format("%,.0f events/s (median of %d passes of %,d events; slowest %,.0f, fastest %,.0f, spread %.0f %%; "
                            + "CPU %.1f µs consumer + %.1f µs broker an event)",
                    median, PASSES, eventsPerPass, min, max, 100 * spread(), consumerMicros, brokerMicros);
        }
    }

    static Rate measure(String bootstrap, List<String> topics, long events, ProcessHandle broker) {
        return measure(bootstrap, topics, events, broker, TOUCH);
    }

    static Rate measure(String bootstrap, List<String> topics, long events, ProcessHandle broker, ValueReader reader) {
        long rounds = Math.max(1, (MIN_EVENTS_PER_PASS + events - 1) / events);
        CpuMeter cpu = new CpuMeter().add("consumer", ProcessHandle.current()).add("broker", broker);
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(properties(bootstrap), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> parts = new ArrayList<>();
            for (String t : topics) {
                for (PartitionInfo i : c.partitionsFor(t, Duration.ofSeconds(30))) {
                    parts.add(new TopicPartition(t, i.partition()));
                }
            }
            c.assign(parts);
            readFromStart(c, parts, events, reader); // warm-up: the bench's JIT, the broker's page cache
            Map<String, Long> before = cpu.snapshotMillis();
            double[] rates = new double[PASSES];
            for (int p = 0; p < PASSES; p++) {
                long start = System.nanoTime();
                long read = 0;
                for (long r = 0; r < rounds; r++) {
                    read += readFromStart(c, parts, events, reader);
                }
                rates[p] = read / ((System.nanoTime() - start) / 1e9);
            }
            Map<String, Long> used = CpuMeter.delta(before, cpu.snapshotMillis());
            double measured = (double) rounds * events * PASSES;
            double[] sorted = rates.clone();
            Arrays.sort(sorted);
            return new Rate(sorted[PASSES / 2], sorted[0], sorted[PASSES - 1], rounds * events,
                    used.get("consumer") * 1000 / measured, used.get("broker") * 1000 / measured);
        }
    }

    /** Reads the topics from their beginning until {@code events} records; returns how many were read. */
    private static long readFromStart(KafkaConsumer<String, byte[]> c, List<TopicPartition> parts, long events,
                                      ValueReader reader) {
        c.seekToBeginning(parts);
        reader.restart();
        long read = 0;
        long answers = 0;
        while (read < events) {
            ConsumerRecords<String, byte[]> rs = c.poll(Duration.ofMillis(500));
            for (ConsumerRecord<String, byte[]> r : rs) {
                answers += reader.read(r.value()); // at least touch the value, as the replay does
            }
            read += rs.count();
        }
        reader.finish();
        if (answers == 0) {
            throw new IllegalStateException("the topics' values are empty or none is a valid event");
        }
        return read;
    }

    static Properties properties(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        // as the stats-service's consumer (ingest.ConsumerLoop, sentret.stats.max-poll-records)
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // only matters at the topics' end, where a fetch finds nothing: the broker holds it this long (default 500 ms)
        // and the consumer sends no other fetch meanwhile, so every seek back to the beginning waited for it (a pass
        // of 40 rounds over 50,000 events measured 91,000 events/s at 2 µs of CPU an event). The replay never seeks back.
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        return props;
    }
}
