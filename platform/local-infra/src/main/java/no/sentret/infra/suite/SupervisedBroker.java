package no.sentret.infra.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import no.sentret.infra.kafka.KafkaBroker;

/**
 * The Kafka broker as the {@link Supervisor} sees it: dead only when its process ended by itself;
 * stopped on purpose (an outage test) or frozen with SIGSTOP it is not.
 */
final class SupervisedBroker implements Restartable {

    private final KafkaBroker broker;
    private final Path log;
    private final Runnable startAgain;
    private final BooleanSupplier suiteStopped;

    SupervisedBroker(KafkaBroker broker, Path log, Runnable startAgain, BooleanSupplier suiteStopped) {
        this.broker = broker;
        this.log = log;
        this.startAgain = startAgain;
        this.suiteStopped = suiteStopped;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public OptionalInt diedWith() {
        return suiteStopped.getAsBoolean() ? OptionalInt.empty() : broker.diedWith();
    }

    @Override
    public Duration ranFor() {
        return broker.ranFor();
    }

    @Override
    public void startAgain() {
        startAgain.run();
    }

    @Override
    public String log() {
        return log.toString();
    }
}
