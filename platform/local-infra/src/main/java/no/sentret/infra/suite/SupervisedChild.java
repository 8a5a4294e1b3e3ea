package no.sentret.infra.suite;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** An app or Keycloak, our child process, as the {@link Supervisor} sees it: dead once it exits while the suite runs. */
final class SupervisedChild implements Restartable {

    private final String name;
    private final Supplier<ChildProcess> current;
    private final Runnable startAgain;
    private final BooleanSupplier suiteStopped;

    /**
     * @param current the component's process now (the suite replaces it on each start)
     * @param startAgain starts it again on its ports and replaces {@code current}
     */
    SupervisedChild(String name, Supplier<ChildProcess> current, Runnable startAgain, BooleanSupplier suiteStopped) {
        this.name = name;
        this.current = current;
        this.startAgain = startAgain;
        this.suiteStopped = suiteStopped;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public OptionalInt diedWith() {
        ChildProcess p = current.get();
        return suiteStopped.getAsBoolean() || p == null ? OptionalInt.empty() : p.exitCode();
    }

    @Override
    public Duration ranFor() {
        return current.get().age();
    }

    @Override
    public void startAgain() {
        startAgain.run();
    }

    @Override
    public String log() {
        return current.get().logFile().toString();
    }
}
