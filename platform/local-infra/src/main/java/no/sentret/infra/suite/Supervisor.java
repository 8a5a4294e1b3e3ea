package no.sentret.infra.suite;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Starts a component of the local suite again when it dies, with a {@link RestartBackOff} per
 * component, and says so (which component, its exit code, when the next attempt is). After too many
 * quick failures in a row it gives up on that component with a message naming its log: a component
 * that cannot start must be fixed, not restarted forever. One daemon thread checks every
 * {@value #CHECK_EVERY_MS} ms; a restart that blocks (the broker waits until it is ready) delays the
 * checks of the others, which on one machine is fine.
 */
public final class Supervisor implements AutoCloseable {

    static final long CHECK_EVERY_MS = 250;

    private final RestartBackOff.Policy policy;
    private final Consumer<String> say;
    private final Supplier<List<Restartable>> components;
    private final Map<String, Watched> watched = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    /** The state of one component: its back-off, and when it is due to be started again. */
    private static final class Watched {
        final RestartBackOff backOff;
        long restartAt = -1;
        boolean gaveUp;
        int restarts;

        Watched(RestartBackOff.Policy policy) {
            backOff = new RestartBackOff(policy);
        }
    }

    /** @param components read on every check: a component the suite replaced is watched as itself again */
    public Supervisor(RestartBackOff.Policy policy, Consumer<String> say, Supplier<List<Restartable>> components) {
        this.policy = policy;
        this.say = say;
        this.components = components;
        this.thread = new Thread(this::run, "sentret-supervisor");
        thread.setDaemon(true);
    }

    public Supervisor start() {
        thread.start();
        return this;
    }

    /** How often the supervisor has started {@code name} again. */
    public synchronized int restarts(String name) {
        Watched w = watched.get(name);
        return w == null ? 0 : w.restarts;
    }

    /** Whether it gave up on {@code name}. */
    public synchronized boolean gaveUp(String name) {
        Watched w = watched.get(name);
        return w != null && w.gaveUp;
    }

    private void run() {
        while (!closed) {
            for (Restartable c : components.get()) {
                if (closed) {
                    return;
                }
                check(c);
            }
            try {
                Thread.sleep(CHECK_EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void check(Restartable c) {
        Watched w;
        synchronized (this) {
            w = watched.computeIfAbsent(c.name(), n -> new Watched(policy));
        }
        if (w.gaveUp) {
            return;
        }
        if (w.restartAt >= 0) {
            if (System.nanoTime() >= w.restartAt) {
                w.restartAt = -1;
                restart(c, w);
            }
            return;
        }
        OptionalInt exit = c.diedWith();
        if (exit.isPresent()) {
            String how = exit.getAsInt() >= 0 ? "exited with code " + exit.getAsInt() : "is gone";
            decide(c, w, how + " after " + seconds(c.ranFor()), c.ranFor());
        }
    }

    private void restart(Restartable c, Watched w) {
        try {
            c.startAgain();
            say.accept("   " + c.name() + " started again");
            synchronized (this) {
                w.restarts++;
            }
        } catch (RuntimeException e) {
            // it did not even start: as quick a failure as there is
            decide(c, w, "could not be started again (" + e.getMessage() + ")", Duration.ZERO);
        }
    }

    private void decide(Restartable c, Watched w, String what, Duration ranFor) {
        RestartBackOff.Decision decision = w.backOff.afterExit(ranFor);
        if (decision.givesUp()) {
            // said before it is so: whoever sees gaveUp() (the suite's status, a test) finds the reason already written
            say.accept("!! " + c.name() + " " + what + "; it failed " + policy.maxQuickFailures()
                    + " times in a row within " + seconds(policy.stableAfter()) + " of its start: giving up on it."
                    + " The rest of the suite keeps running; see " + c.log() + ", fix the cause and start the suite again");
            synchronized (this) {
                w.gaveUp = true;
            }
            return;
        }
        w.restartAt = System.nanoTime() + decision.delay().toNanos();
        say.accept("!! " + c.name() + " " + what + "; restarting it in " + seconds(decision.delay())
                + " (attempt " + decision.attempt() + " of " + policy.maxQuickFailures() + "; see " + c.log() + ")");
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
