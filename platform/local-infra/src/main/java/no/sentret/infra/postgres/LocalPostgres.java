package no.sentret.infra.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from zonky's embedded binaries. With a data directory it keeps its data
 * across restarts (the local suite); without one it is a throw-away server (tests).
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "postgres";

    private final EmbeddedPostgres server;
    private final Path dataDir;
    private final long startedAt = System.nanoTime();
    private final long postmasterPid;

    private LocalPostgres(EmbeddedPostgres server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
        this.postmasterPid = dataDir == null ? -1 : readPostmasterPid(dataDir);
    }

    private static long readPostmasterPid(Path dataDir) {
        try {
            return Long.parseLong(java.nio.file.Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The postmaster's pid (it runs detached under pg_ctl, not as our child); -1 for a temporary server. */
    public long postmasterPid() {
        return postmasterPid;
    }

    /** Whether the postmaster this object started is still there. */
    public boolean isRunning() {
        return postmasterPid > 0 && ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** How long since this server was started. */
    public java.time.Duration age() {
        return java.time.Duration.ofNanos(System.nanoTime() - startedAt);
    }

    /** @param dataDir where the cluster lives, or null for a temporary one; @param port 0 for a free one */
    public static LocalPostgres start(Path dataDir, int port) {
        return start(dataDir, port, null);
    }

    /** As {@link #start(Path, int)}, with initdb's, pg_ctl's and the server's output appended to {@code logFile}. */
    public static LocalPostgres start(Path dataDir, int port, Path logFile) {
        try {
            // a server with a data directory holds the centre's records (a small centre may run the suite as it is):
            // a commit acknowledged to the front desk must survive a crash, so fsync and synchronous commit are on
            // (zonky turns synchronous_commit off by default). A throw-away test server trades that for speed.
            boolean durable = dataDir != null;
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off");
            if (dataDir != null) {
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            if (port != 0) {
                builder.setPort(port);
            }
            if (logFile != null) {
                java.nio.file.Files.createDirectories(logFile.toAbsolutePath().getParent());
                ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(logFile.toFile());
                builder.setOutputRedirector(toLog).setErrorRedirector(toLog);
            }
            return new LocalPostgres(builder.start(), dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /** The server's current value of a setting ({@code show <name>}). */
    public String setting(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a setting name: " + name);
        }
        try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read setting " + name + ": " + e.getMessage(), e);
        }
    }

    /** Where the cluster lives; null for a temporary one. */
    public Path dataDirectory() {
        return dataDir;
    }

    /**
     * Stops the server at once, as a crash of the database host looks to its clients: SIGQUIT to the
     * postmaster (PostgreSQL's immediate shutdown: every connection cut, no checkpoint; the next start
     * recovers from the write-ahead log). The data stays; {@link #start} on the same directory and port
     * brings it back. Returns once the postmaster has exited.
     */
    public void stopImmediately() {
        if (dataDir == null) {
            throw new IllegalStateException("a temporary server is not restarted");
        }
        try {
            long pid = postmasterPid;
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no postmaster " + pid));
            Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -QUIT " + pid + " failed");
            }
            postmaster.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("PostgreSQL did not stop on SIGQUIT", e);
        }
        // releases the data directory's lock in this JVM (its own pg_ctl stop finds nothing to stop and says so)
        close();
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates the database when it does not exist yet. */
    public void ensureDatabase(String name) {
        ensureDatabase(jdbcUrl("postgres"), USER, "", name);
    }

    public static void ensureDatabase(String adminJdbcUrl, String user, String password, String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = java.sql.DriverManager.getConnection(adminJdbcUrl, user, password);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
