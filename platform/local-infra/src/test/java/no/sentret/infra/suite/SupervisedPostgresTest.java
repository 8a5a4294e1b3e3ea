package no.sentret.infra.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.sentret.infra.postgres.LocalPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suite's PostgreSQL under the supervisor: a real server whose postmaster is killed, and one stopped on purpose. */
class SupervisedPostgresTest {

    private final List<String> said = new CopyOnWriteArrayList<>();

    @Test
    void aPostmasterKilledWithSigkillIsStartedAgainOnItsPortWithItsData(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("postgres.log");
        SupervisedPostgres postgres = new SupervisedPostgres(LocalPostgres.start(dir.resolve("data"), 0, log), log, () -> { });
        RestartBackOff.Policy policy = new RestartBackOff.Policy(Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofSeconds(30), 4);
        try (Supervisor supervisor = new Supervisor(policy, said::add, () -> List.of(postgres)).start()) {
            int port = postgres.server().port();
            postgres.server().ensureDatabase("kept");
            sql(postgres, "create table visit (id int primary key); insert into visit values (1)");
            long pid = postgres.server().postmasterPid();
            assertTrue(ProcessHandle.of(pid).orElseThrow().destroyForcibly(), "SIGKILL to the postmaster");

            await(() -> supervisor.restarts("postgres") == 1, Duration.ofSeconds(90));
            assertEquals(port, postgres.server().port(), "the same port");
            assertTrue(postgres.server().postmasterPid() != pid, "a new postmaster");
            assertEquals("1", sql(postgres, "select id from visit"), "the same data");
            assertTrue(said.get(0).startsWith("!! postgres is gone after "), said.toString());
            assertTrue(said.get(0).contains("restarting it in 0.3 s (attempt 1 of 4; see " + log), said.toString());

            // an outage on purpose (FaultsIT's) is no death: the test brings it back itself
            postgres.stopImmediately();
            Thread.sleep(1_500);
            assertEquals(1, supervisor.restarts("postgres"), said.toString());
            postgres.startAgain();
            assertEquals("1", sql(postgres, "select id from visit"));
        } finally {
            postgres.server().close();
        }
    }

    private static String sql(SupervisedPostgres postgres, String statements) throws Exception {
        try (Connection c = DriverManager.getConnection(postgres.server().jdbcUrl("kept"), LocalPostgres.USER, "");
             Statement s = c.createStatement()) {
            if (!s.execute(statements)) {
                return null;
            }
            try (ResultSet rs = s.getResultSet()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void await(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within " + timeout);
            Thread.sleep(100);
        }
    }
}
