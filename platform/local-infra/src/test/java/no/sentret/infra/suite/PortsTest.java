package no.sentret.infra.suite;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aHeldPortIsReportedWithItsHolderAndTheVariableToChangeIt() throws Exception {
        try (ServerSocket held = new ServerSocket()) {
            held.bind(new InetSocketAddress("0.0.0.0", 0));
            int port = held.getLocalPort();
            SuiteException e = assertThrows(SuiteException.class, () -> Ports.requireFree(port, "stats-service"));
            assertTrue(e.getMessage().contains("port " + port + " (stats-service)"), e.getMessage());
            assertTrue(e.getMessage().contains("SENTRET_STATS_PORT"), e.getMessage());
            // ss names this JVM when it may list sockets (it can as root, as here and in CI)
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid())
                    || e.getMessage().contains("another process"), e.getMessage());
        }
    }

    @Test
    void aFreePortPasses() {
        Ports.requireFree(Ports.free(), "gateway");
    }
}
