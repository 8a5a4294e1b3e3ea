package no.sentret.stats.ingest;

import no.sentret.platform.kafka.KafkaClients;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.IntConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Starts the live consumer thread with the application and stops it on shutdown. */
@ApplicationScoped
public class StatsConsumer {

    /** What liveness needs to know. */
    public record Health(boolean up, String reason, FailingBatch.State failing, Duration stuckAfter) {
    }

    private final BatchApplier applier;
    private final ConsumerLoop.Settings settings;
    private final boolean enabled;
    private final Duration stuckAfter;
    private final Counter batchFailures;
    private final ConsumerLag lag;
    private final Clock clock = Clock.systemUTC();
    private ConsumerLoop loop;
    private Thread thread;
    private FailingBatch failing;
    private boolean stoppedOnPurpose;

    public StatsConsumer(BatchApplier applier, MeterRegistry registry, ConsumerLag lag,
                         KafkaClients kafka,
                         @ConfigProperty(name = "sentret.stats.consumer-group") String groupId,
                         @ConfigProperty(name = "sentret.stats.topics") List<String> topics,
                         @ConfigProperty(name = "sentret.stats.max-poll-records") int maxPollRecords,
                         @ConfigProperty(name = "sentret.stats.consumer-enabled", defaultValue = "true") boolean enabled,
                         @ConfigProperty(name = "sentret.stats.stuck-after") Duration stuckAfter) {
        this.applier = applier;
        this.lag = lag;
        this.settings = new ConsumerLoop.Settings(kafka.config(java.util.Map.of()), groupId, topics, maxPollRecords);
        this.enabled = enabled;
        this.stuckAfter = stuckAfter;
        this.batchFailures = Counter.builder("sentret.stats.batch.failures")
                .description("failed attempts to apply a polled batch (each is rolled back and retried)")
                .register(registry);
        this.failing = new FailingBatch(batchFailures, clock);
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /**
     * DOWN when the consumer should run but its thread is gone, or when it has been failing the same
     * batch for longer than {@code sentret.stats.stuck-after}: either way nothing is being counted,
     * and a restart is the one remedy liveness can ask for.
     */
    public synchronized Health health() {
        FailingBatch.State state = failing.state();
        if (!enabled || stoppedOnPurpose) {
            return new Health(true, null, state, stuckAfter);
        }
        if (thread == null || !thread.isAlive()) {
            return new Health(false, "the consumer thread has stopped", state, stuckAfter);
        }
        if (state.failingFor(clock.instant()).compareTo(stuckAfter) > 0) {
            return new Health(false, "the same batch has failed for longer than " + stuckAfter, state, stuckAfter);
        }
        return new Health(true, null, state, stuckAfter);
    }

    public ConsumerLoop.Settings settings() {
        return settings;
    }

    public synchronized void start() {
        if (thread != null && thread.isAlive()) {
            return;
        }
        stoppedOnPurpose = false;
        failing = new FailingBatch(batchFailures, clock);
        loop = new ConsumerLoop(settings, applier, i -> { }, failing, lag);
        thread = new Thread(loop, "stats-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        stoppedOnPurpose = true;
        if (loop != null) {
            loop.stop();
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            loop = null;
            thread = null;
        }
    }

    /** A consumer of the same group with a hook after each record: tests use it to die mid-batch. */
    public ConsumerLoop newLoop(IntConsumer afterEach) {
        return new ConsumerLoop(settings, applier, afterEach, new FailingBatch(null, clock), lag);
    }
}
