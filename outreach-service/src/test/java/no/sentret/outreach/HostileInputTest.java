package no.sentret.outreach;

import static no.sentret.infra.testing.HostileInput.LONG_TEXT;
import static no.sentret.infra.testing.HostileInput.NATIONAL_ID;
import static no.sentret.infra.testing.HostileInput.NOT_A_TIMESTAMP;
import static no.sentret.infra.testing.HostileInput.TIMESTAMPS_OUT_OF_RANGE;
import static no.sentret.infra.testing.HostileInput.probe;
import static no.sentret.infra.testing.HostileInput.secret;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import no.sentret.infra.testing.HostileInput.Probe;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 17's probe on this service's main write: huge text, NUL, dates PostgreSQL cannot store, epoch numbers, echoes: a quick 400 naming the field. */
@QuarkusTest
class HostileInputTest {

    private static final String BASE = "\"channel\":\"WHATSAPP\",\"direction\":\"INBOUND\",\"language\":\"es\",\"topics\":[\"HEALTH\"]";

    static List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        probes.add(probe("60,000 characters as a client code", "outreach", "POST", "/outreach/messages",
                "{\"clientCode\":\"" + LONG_TEXT + "\"," + BASE + "}", "clientCode"));
        probes.add(probe("NUL in a body code", "outreach", "POST", "/outreach/messages", "{\"clientCode\":\"AB\\u0000CD\"," + BASE + "}", "clientCode"));
        probes.add(probe("NUL in a query code", "outreach", "GET", "/outreach/messages?clientCode=AB%00CD", null, "clientCode"));
        probes.add(secret("a national ID as a client code", "outreach", "POST", "/outreach/messages", "{\"clientCode\":\"" + NATIONAL_ID + "\"," + BASE + "}",
                "clientCode", NATIONAL_ID));
        for (String at : TIMESTAMPS_OUT_OF_RANGE) {
            probes.add(probe("occurredAt " + at, "outreach", "POST", "/outreach/messages", "{\"occurredAt\":\"" + at + "\"," + BASE + "}", "occurredAt"));
        }
        for (String at : NOT_A_TIMESTAMP) {
            probes.add(secret("occurredAt " + at, "outreach", "POST", "/outreach/messages", "{\"occurredAt\":" + at + "," + BASE + "}", "occurredAt", NATIONAL_ID));
        }
        return probes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void refusedQuicklyWithoutEcho(Probe probe) {
        probe.check();
    }
}
