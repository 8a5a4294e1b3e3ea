package no.sentret.infra.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import no.sentret.infra.postgres.LocalPostgres;

/**
 * The suite's own PostgreSQL as the {@link Supervisor} sees it: gone when its postmaster is gone
 * although nobody stopped it, and started again on the same port and data (PostgreSQL recovers
 * from its write-ahead log). Stopped on purpose ({@link #stopImmediately}, an outage test) it is
 * not dead.
 */
final class SupervisedPostgres implements Restartable {

    private final Path log;
    private final Runnable afterStart;
    private volatile LocalPostgres server;
    private volatile boolean downOnPurpose;

    /** @param afterStart run after every start again (the suite registers the new postmaster with its watchdog) */
    SupervisedPostgres(LocalPostgres server, Path log, Runnable afterStart) {
        this.server = server;
        this.log = log;
        this.afterStart = afterStart;
    }

    LocalPostgres server() {
        return server;
    }

    synchronized void stopImmediately() {
        downOnPurpose = true;
        server.stopImmediately();
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public OptionalInt diedWith() {
        return downOnPurpose || server.isRunning() ? OptionalInt.empty() : OptionalInt.of(-1);
    }

    @Override
    public Duration ranFor() {
        return server.age();
    }

    @Override
    public synchronized void startAgain() {
        LocalPostgres old = server;
        try {
            old.close(); // releases the data directory's lock in this JVM; its pg_ctl stop finds nothing to stop
        } catch (RuntimeException alreadyGone) {
            // nothing to release
        }
        server = LocalPostgres.start(old.dataDirectory(), old.port(), log);
        downOnPurpose = false;
        afterStart.run();
    }

    @Override
    public String log() {
        return log.toString();
    }
}
