package no.sentret.stats.ingest;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The second stage of a replay, the live consumer's ({@link ConsumerLoop}) and the rebuild's: one daemon
 * thread that writes one batch at a time while the calling thread polls and parses the next.
 */
public final class WriterThread {

    private WriterThread() {
    }

    /** A single writer thread named after the calling thread ({@code <name>-writer}). */
    public static ExecutorService start() {
        String name = Thread.currentThread().getName() + "-writer";
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Why a write failed: a RuntimeException or an Error is thrown here as it is (an Error in the writer, e.g. a
     * test killing the consumer mid-batch, ends the calling thread too); a checked one is returned, for the caller
     * to throw as its own.
     */
    public static Throwable checkedCause(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
            throw re;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return cause;
    }
}
