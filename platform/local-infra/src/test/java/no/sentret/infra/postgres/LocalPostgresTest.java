package no.sentret.infra.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    @Test
    void theSuitesServerAcknowledgesOnlyDurableCommits(@TempDir Path dataDir) {
        try (LocalPostgres server = LocalPostgres.start(dataDir, 0)) {
            assertEquals("on", server.setting("synchronous_commit"));
            assertEquals("on", server.setting("fsync"));
        }
    }

    @Test
    void aThrowAwayTestServerTradesDurabilityForSpeed() {
        try (LocalPostgres server = LocalPostgres.start(null, 0)) {
            assertEquals("off", server.setting("synchronous_commit"));
        }
    }
}
