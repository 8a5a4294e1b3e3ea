package no.sentret.gateway.session;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import no.sentret.gateway.GatewayConfig;
import no.sentret.platform.kafka.KafkaClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Logouts shared by every gateway replica. A logout reaches one replica (the user's {@code /logout}, or
 * Keycloak's back-channel call through the Service); that replica refuses the session at once and publishes
 * {@code sid → logout time} to a compacted topic. Every replica reads the whole topic (all partitions assigned,
 * from the beginning: no consumer group, no offsets to commit, a new replica learns every recent logout) and
 * records each into its {@link RevokedSessions}.
 * <p>
 * Why Kafka: the suite already runs it, the write is one small record, and each replica keeps its checks in
 * memory (no call per request). A check with Keycloak's session instead would cost a call to Keycloak per
 * request or a cache that reintroduces the window (gateway README, "Sign out").
 * <p>
 * A broker outage must not let a revoked session through silently: the feed counts as current only while it
 * has confirmed, at most {@code max-staleness} ago, that it has read every record the broker holds (its
 * position at the partitions' end offsets, asked of the broker each round). Past that, the gateway refuses
 * browser sessions with 503 until the broker is back ({@link #isCurrent()}, checked at the edge); bearer
 * callers are not affected (their tokens' own expiry bounds them). A logout whose publication fails is kept and
 * sent again each round, never dropped.
 */
@ApplicationScoped
public class RevocationFeed {

    private static final Logger LOG = Logger.getLogger(RevocationFeed.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration BROKER_WAIT = Duration.ofSeconds(2);

    private final Map<String, Object> kafka;
    private final String topic;
    private final Duration keepFor;
    private final long maxStalenessMillis;
    private final RevokedSessions store;
    private final Clock clock;
    private final Queue<SessionRevoked> toPublish = new ConcurrentLinkedQueue<>();

    private volatile long caughtUpAt = Long.MIN_VALUE;
    private volatile boolean running;
    private Thread thread;
    private volatile KafkaConsumer<String, String> consumer;

    @Inject
    RevocationFeed(KafkaClients clients, GatewayConfig config, RevokedSessions store) {
        this(clients.config(Map.of()), config.revokedSessions().topic(), config.revokedSessions().keepFor(),
                config.revokedSessions().maxStaleness(), store, Clock.systemUTC());
    }

    /** {@code kafka}: the client settings (bootstrap servers, TLS/SASL); the feed adds its own. */
    public RevocationFeed(Map<String, Object> kafka, String topic, Duration keepFor, Duration maxStaleness,
                          RevokedSessions store, Clock clock) {
        this.kafka = Map.copyOf(kafka);
        this.topic = topic;
        this.keepFor = keepFor;
        this.maxStalenessMillis = maxStaleness.toMillis();
        this.store = store;
        this.clock = clock;
    }

    /**
     * Starts the feed and waits (up to {@code max-staleness}) until it has read the logouts the broker holds, so
     * that a replica starting up does not answer its first browser requests with 503; without a broker it starts
     * anyway and refuses sessions until it can read them.
     */
    void onStart(@Observes StartupEvent event) {
        start();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxStalenessMillis);
        while (!isCurrent() && System.nanoTime() < deadline) {
            sleepQuietly(50);
        }
        if (!isCurrent()) {
            LOG.warn("revoked-session feed: the broker's logouts could not be read at start; browser sessions are refused until they are");
        }
    }

    /** This replica's logout, to be published to the others (on the feed's own thread: never the event loop). */
    void onRevoked(@Observes SessionRevoked revoked) {
        toPublish.add(revoked);
    }

    /** True while this replica has confirmed within {@code max-staleness} that it knows every logout the broker holds. */
    public boolean isCurrent() {
        long at = caughtUpAt;
        return at != Long.MIN_VALUE && clock.millis() - at <= maxStalenessMillis;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "gateway-revocation-feed");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    public void stop() {
        Thread feedThread;
        synchronized (this) {
            running = false;
            feedThread = thread;
            thread = null;
        }
        if (feedThread != null) {
            KafkaConsumer<String, String> c = consumer;
            if (c != null) {
                c.wakeup();
            }
            try {
                feedThread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        ensureTopic();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new StringDeserializer());
             KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer())) {
            consumer = c;
            long lastWarning = 0;
            while (running) {
                try {
                    publish(producer);
                    if (c.assignment().isEmpty()) {
                        assign(c);
                        continue;
                    }
                    for (ConsumerRecord<String, String> record : c.poll(POLL)) {
                        apply(record);
                    }
                    confirmCaughtUp(c);
                } catch (WakeupException stopping) {
                    break;
                } catch (KafkaException | NumberFormatException e) {
                    if (clock.millis() - lastWarning > 30_000) {
                        // the broker away: isCurrent() turns false after max-staleness and sessions are refused
                        LOG.warnf("revoked-session feed: %s (browser sessions are refused once it is %d ms behind)",
                                e.getClass().getSimpleName(), maxStalenessMillis);
                        lastWarning = clock.millis();
                    }
                    sleepQuietly(500);
                }
            }
        } catch (WakeupException stopping) {
            // closing
        } finally {
            consumer = null;
        }
    }

    /** Sends this replica's logouts; one that fails stays queued and is sent again next round. */
    private void publish(KafkaProducer<String, String> producer) {
        List<SessionRevoked> batch = new ArrayList<>();
        for (SessionRevoked r; (r = toPublish.poll()) != null; ) {
            batch.add(r);
        }
        for (SessionRevoked revoked : batch) {
            try {
                producer.send(new ProducerRecord<>(topic, revoked.sid(), Long.toString(revoked.at())), (metadata, failure) -> {
                    if (failure != null) {
                        LOG.warnf("a logout could not be published yet (%s); sent again", failure.getClass().getSimpleName());
                        toPublish.add(revoked);
                    }
                });
            } catch (KafkaException e) {
                toPublish.add(revoked);
                throw e;
            }
        }
        if (!batch.isEmpty()) {
            producer.flush();
        }
    }

    private void assign(KafkaConsumer<String, String> c) {
        List<PartitionInfo> partitions = c.partitionsFor(topic, BROKER_WAIT);
        if (partitions == null || partitions.isEmpty()) {
            sleepQuietly(500);
            return;
        }
        List<TopicPartition> all = partitions.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        c.assign(all);
        c.seekToBeginning(all);
    }

    private void apply(ConsumerRecord<String, String> record) {
        if (record.key() != null && record.value() != null) {
            store.record(record.key(), Long.parseLong(record.value()));
        }
    }

    /** Current as of the moment the end offsets were asked for, if the position had reached them. */
    private void confirmCaughtUp(KafkaConsumer<String, String> c) {
        long asked = clock.millis();
        Map<TopicPartition, Long> ends = c.endOffsets(c.assignment(), BROKER_WAIT);
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (c.position(end.getKey(), BROKER_WAIT) < end.getValue()) {
                return;
            }
        }
        caughtUpAt = asked;
    }

    /** The topic where the test broker or the local suite lacks it; in Kubernetes it is declared (k8s/) and this is refused. */
    private void ensureTopic() {
        try (Admin admin = Admin.create(kafka)) {
            NewTopic newTopic = new NewTopic(topic, java.util.Optional.of(3), java.util.Optional.empty()).configs(Map.of(
                    "cleanup.policy", "compact,delete",
                    "retention.ms", Long.toString(keepFor.multipliedBy(2).toMillis())));
            admin.createTopics(List.of(newTopic)).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.debugf("topic %s not created here (%s): it must be declared", topic, e.getCause().getClass().getSimpleName());
            }
        } catch (Exception e) {
            LOG.debugf("topic %s not created here (%s): it must be declared", topic, e.getClass().getSimpleName());
        }
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new java.util.HashMap<>(kafka);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "gateway-revocation-feed-" + java.util.UUID.randomUUID());
        return config;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new java.util.HashMap<>(kafka);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "2000");
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        return config;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
