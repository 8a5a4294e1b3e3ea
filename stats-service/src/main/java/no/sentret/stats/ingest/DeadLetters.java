package no.sentret.stats.ingest;

import no.sentret.platform.kafka.KafkaClients;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import no.sentret.platform.kafka.Acknowledgements;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends events that break the contract to the dead-letter topic: the original key and value, the
 * original headers, and why ({@value #REASON_HEADER}) and where they came from. The batch that met
 * them commits only after the broker acknowledged (at-least-once into the dead-letter topic).
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REASON_HEADER = "sentret-dead-letter-reason";
    public static final String TOPIC_HEADER = "sentret-original-topic";
    public static final String PARTITION_HEADER = "sentret-original-partition";
    public static final String OFFSET_HEADER = "sentret-original-offset";

    public record DeadLetter(ConsumerRecord<String, byte[]> record, String reason) {
    }

    private final KafkaClients kafka;
    private final String topic;
    private final Counter counter;
    private volatile KafkaProducer<String, byte[]> producer;

    public DeadLetters(KafkaClients kafka,
                       @ConfigProperty(name = "sentret.stats.dead-letter-topic") String topic,
                       MeterRegistry registry) {
        this.kafka = kafka;
        this.topic = topic;
        this.counter = Counter.builder("sentret.stats.dead.letters")
                .description("events that broke the contract and went to the dead-letter topic")
                .register(registry);
    }

    public String topic() {
        return topic;
    }

    /** Returns once the broker has every letter; throws otherwise (the caller's batch is then retried). */
    void send(List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return;
        }
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(letters.size());
        for (DeadLetter letter : letters) {
            ConsumerRecord<String, byte[]> r = letter.record();
            ProducerRecord<String, byte[]> out = new ProducerRecord<>(topic, r.key(), r.value()); // the value byte for byte
            for (Header h : r.headers()) {
                out.headers().add(h);
            }
            out.headers().add(REASON_HEADER, letter.reason().getBytes(StandardCharsets.UTF_8));
            out.headers().add(TOPIC_HEADER, r.topic().getBytes(StandardCharsets.UTF_8));
            out.headers().add(PARTITION_HEADER, Integer.toString(r.partition()).getBytes(StandardCharsets.UTF_8));
            out.headers().add(OFFSET_HEADER, Long.toString(r.offset()).getBytes(StandardCharsets.UTF_8));
            records.add(out);
        }
        Acknowledgements.sendAll(producer(), records, "the dead-letter topic");
    }

    /** Counted only once the batch holding them committed, so a retried batch counts once. */
    void counted(int letters) {
        counter.increment(letters);
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    java.util.Map<String, Object> props = new java.util.HashMap<>();
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
                    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
                    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, "stats-dead-letters");
                    producer = new KafkaProducer<>(kafka.config(props), new StringSerializer(), new ByteArraySerializer());
                }
            }
        }
        return producer;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
