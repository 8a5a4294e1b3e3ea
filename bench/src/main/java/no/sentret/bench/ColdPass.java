package no.sentret.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One pass over the topics from their beginning in a JVM of its own, started for it with the stats-service's JVM
 * options: what a consumer costs cold, as the service's replay at start is. {@link BareConsumer}'s rates are warm
 * (a pass unmeasured first, then the median of five), so they are the ceiling of a warm replay; the service's
 * projection is one pass in a JVM that has just started, and its JIT compiles while it reads (bench README, step 18).
 * This is the like-for-like denominator of that pass: the same records read once, timed the same way (from the first
 * record to the last), by the bare consumer or by the bench's pipelined fold.
 *
 * <p>Run by {@link StatsReplayBench}; prints one line, {@code cold <events> <nanos> <cpu millis> <jit millis>}.
 * Args: bootstrap, events, {@code bare} or {@code pipelined}.
 */
public final class ColdPass {

    private ColdPass() {
    }

    public static void main(String[] args) {
        String bootstrap = args[0];
        long events = Long.parseLong(args[1]);
        BareConsumer.ValueReader reader = switch (args[2]) {
            case "bare" -> BareConsumer.TOUCH;
            case "pipelined" -> new PipelinedProjectingConsumer();
            default -> throw new IllegalArgumentException("bare or pipelined, not " + args[2]);
        };
        CpuMeter cpu = new CpuMeter().add("jvm", ProcessHandle.current()).addJit("jvm", ProcessHandle.current());
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(BareConsumer.properties(bootstrap), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> parts = new ArrayList<>();
            for (String t : StatsReplayBench.TOPICS) {
                for (PartitionInfo i : c.partitionsFor(t, Duration.ofSeconds(30))) {
                    parts.add(new TopicPartition(t, i.partition()));
                }
            }
            c.assign(parts);
            c.seekToBeginning(parts);
            reader.restart();
            long read = 0;
            long answers = 0;
            long firstAt = 0;
            Map<String, Long> before = null;
            while (read < events) {
                ConsumerRecords<String, byte[]> rs = c.poll(Duration.ofMillis(500));
                if (firstAt == 0 && !rs.isEmpty()) {
                    firstAt = System.nanoTime(); // as the service's pass is timed: from its first record
                    before = cpu.snapshotMillis();
                }
                for (ConsumerRecord<String, byte[]> r : rs) {
                    answers += reader.read(r.value());
                }
                read += rs.count();
            }
            if (reader instanceof PipelinedProjectingConsumer pipeline) {
                pipeline.awaitFolded(); // as the service's pass ends: everything folded (no figures, no snapshot)
            }
            long nanos = System.nanoTime() - firstAt;
            Map<String, Long> used = CpuMeter.delta(before, cpu.snapshotMillis());
            if (answers == 0) {
                throw new IllegalStateException("the topics' values are empty or none is a valid event");
            }
            System.out.printf("cold %d %d %d %d%n", read, nanos, used.get("jvm"), used.get("jvm JIT"));
        }
    }
}
