package no.sentret.bench;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import no.sentret.stats.ingest.ParsedEvent;

/**
 * The projecting consumer with the parse taken off the polling thread: the poller hands batches of values to
 * {@value #PARSE_THREADS} parsing threads (the parser holds no state) and one thread folds the parsed batches in the
 * order they were polled, so the fold sees each partition's events in their order as the single-threaded consumer
 * does and its figures are the same. The question it answers: with the fold as cheap as measured, is the parse's
 * CPU the only thing between a projection and half the bare consumer's rate, and does spreading it over the two cores
 * get there?
 */
final class PipelinedProjectingConsumer extends ProjectingConsumer {

    static final int PARSE_THREADS = 2;
    private static final int BATCH = 2048;
    private static final ParsedEvent[] END = new ParsedEvent[0];

    private final ExecutorService parsers = Executors.newFixedThreadPool(PARSE_THREADS, r -> {
        Thread t = new Thread(r, "parse");
        t.setDaemon(true);
        return t;
    });
    // bounded: the poller waits when the parsers or the folder fall behind, as a replay must (no unbounded buffering)
    private final BlockingQueue<CompletableFuture<ParsedEvent[]>> inOrder = new ArrayBlockingQueue<>(16);
    private byte[][] batch = new byte[BATCH][];
    private int filled;
    private Thread folder;
    private volatile Throwable failed;

    @Override
    public void restart() {
        super.restart();
        folder = new Thread(this::foldInOrder, "fold");
        folder.setDaemon(true);
        folder.start();
    }

    @Override
    public long read(byte[] value) {
        batch[filled++] = value;
        if (filled == BATCH) {
            hand();
        }
        return 1;
    }

    private void hand() {
        byte[][] values = batch;
        int n = filled;
        batch = new byte[BATCH][];
        filled = 0;
        put(CompletableFuture.supplyAsync(() -> parse(values, n), parsers));
    }

    private ParsedEvent[] parse(byte[][] values, int n) {
        ParsedEvent[] events = new ParsedEvent[n];
        for (int i = 0; i < n; i++) {
            events[i] = parseOrNull(values[i]);
        }
        return events;
    }

    private void foldInOrder() {
        try {
            while (true) {
                ParsedEvent[] events = inOrder.take().get();
                if (events == END) {
                    return;
                }
                for (ParsedEvent e : events) {
                    if (e != null) {
                        fold(e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException e) {
            failed = e;
        }
    }

    @Override
    public void finish() {
        awaitFolded();
        super.finish();
    }

    /** Hands the last batch over and waits until every batch handed over is folded (a replay's end, before figures). */
    void awaitFolded() {
        if (filled > 0) {
            hand();
        }
        put(CompletableFuture.completedFuture(END));
        try {
            folder.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failed != null) {
            throw new IllegalStateException("the fold failed", failed);
        }
    }

    private void put(CompletableFuture<ParsedEvent[]> parsed) {
        try {
            while (!inOrder.offer(parsed, 100, TimeUnit.MILLISECONDS)) {
                if (failed != null) { // the folder has stopped taking: waiting longer would hang the bench
                    throw new IllegalStateException("the fold failed", failed);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
