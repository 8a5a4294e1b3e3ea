package no.sentret.infra.suite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One suite per data folder. The operating system releases the file lock when the launcher dies,
 * however it dies, so a stale lock file never blocks the next run; the pid and URL written into it
 * let a second run say who is running.
 */
final class SuiteLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;
    private final Path file;

    private SuiteLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static SuiteLock acquire(Path home) {
        Path file = home.resolve("suite.lock");
        try {
            Files.createDirectories(home);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
                throw new SuiteException("Sentret is already running from " + home + " ("
                        + (holder.isEmpty() ? "starting" : holder) + "). Stop it with Ctrl-C in its terminal"
                        + " (or kill the pid), or use another data folder with SENTRET_HOME.");
            }
            return new SuiteLock(file, channel, lock);
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new SuiteException("a suite is already running in this JVM from " + home);
        } catch (IOException e) {
            throw new SuiteException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    /** Records who holds the lock, for the message a second run prints. */
    void describe(String text) {
        try {
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            // informational only
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the OS releases it anyway when the process exits
        }
    }
}
