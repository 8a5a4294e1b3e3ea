package no.sentret.gateway.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import no.sentret.infra.kafka.KafkaBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a logout reached one gateway replica (the user's own, or Keycloak's back-channel call through the
 * Service) and only that replica refused the session; production runs two. Two replicas here, each with its
 * own store and feed, over a real broker of this test's own (it is stopped and started again below).
 */
class RevocationFeedTest {

    private static final Duration MAX_STALENESS = Duration.ofSeconds(3);
    /** How soon a logout must be refused at the other replica: the feed polls every 250 ms. */
    private static final Duration PROPAGATION_BOUND = Duration.ofSeconds(5);

    private static KafkaBroker broker;

    private final List<RevocationFeed> feeds = new ArrayList<>();
    private final String topic = "gateway-revoked-sessions-" + UUID.randomUUID();

    @BeforeAll
    static void ownBroker() throws Exception {
        Path dir = Files.createTempDirectory("sentret-revocation-kafka-");
        broker = KafkaBroker.start(dir, 0, Paths.get("target", "revocation-kafka.log").toAbsolutePath());
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @AfterEach
    void stopFeeds() {
        feeds.forEach(RevocationFeed::stop);
    }

    /** A replica: its store, whose logouts go to its feed, as CDI wires them in the gateway. */
    private record Replica(RevokedSessions sessions, RevocationFeed feed) {
    }

    private Replica replica() {
        RevocationFeed[] feed = new RevocationFeed[1];
        RevokedSessions sessions = new RevokedSessions(Duration.ofMinutes(20), Clock.systemUTC(), revoked -> feed[0].onRevoked(revoked));
        feed[0] = new RevocationFeed(Map.of("bootstrap.servers", broker.bootstrapServers()), topic, Duration.ofMinutes(20),
                MAX_STALENESS, sessions, Clock.systemUTC());
        feeds.add(feed[0]);
        feed[0].start();
        return new Replica(sessions, feed[0]);
    }

    @Test
    void aLogoutAtOneReplicaIsRefusedAtTheOtherWithinTheBound() {
        Replica a = replica();
        Replica b = replica();
        awaitTrue("both replicas current", Duration.ofSeconds(30), () -> a.feed().isCurrent() && b.feed().isCurrent());
        long signedIn = Instant.now().getEpochSecond();
        String sid = "session-" + UUID.randomUUID();
        assertFalse(b.sessions().isRevoked(sid, signedIn));

        long loggedOut = System.nanoTime();
        a.sessions().revoke(sid);
        assertTrue(a.sessions().isRevoked(sid, signedIn), "at once where the logout arrived");
        awaitTrue("the other replica refuses the session", PROPAGATION_BOUND, () -> b.sessions().isRevoked(sid, signedIn));
        System.out.printf("a logout reached the other replica in %d ms%n", Duration.ofNanos(System.nanoTime() - loggedOut).toMillis());
        assertFalse(b.sessions().isRevoked("another-session", signedIn), "only that session");
    }

    @Test
    void aReplicaStartedAfterTheLogoutLearnsIt() {
        Replica a = replica();
        awaitTrue("current", Duration.ofSeconds(30), () -> a.feed().isCurrent());
        long signedIn = Instant.now().getEpochSecond();
        String sid = "session-" + UUID.randomUUID();
        a.sessions().revoke(sid);

        Replica later = replica();
        awaitTrue("the new replica read the topic from its beginning", Duration.ofSeconds(30), () -> later.feed().isCurrent());
        assertTrue(later.sessions().isRevoked(sid, signedIn));
    }

    /**
     * The broker away: a replica cannot learn of a logout elsewhere, so once it is more than max-staleness behind
     * it says it is not current, and the gateway refuses every browser session (GatewayRouter, 503) instead of
     * letting a logged-out one through. A logout during the outage is refused at once where it arrived, and reaches
     * the other replica when the broker is back.
     */
    @Test
    void aBrokerOutageTurnsTheFeedStaleAndALogoutDuringItArrivesAfterwards() {
        Replica a = replica();
        Replica b = replica();
        awaitTrue("both replicas current", Duration.ofSeconds(30), () -> a.feed().isCurrent() && b.feed().isCurrent());
        long signedIn = Instant.now().getEpochSecond();
        String sid = "session-" + UUID.randomUUID();

        broker.stop();
        try {
            awaitTrue("no longer current without the broker", MAX_STALENESS.plusSeconds(5), () -> !b.feed().isCurrent());
            a.sessions().revoke(sid);
            assertTrue(a.sessions().isRevoked(sid, signedIn), "refused at once where the logout arrived");
            // each replica confirms on its own rounds: the other may have confirmed one round (a poll, an end-offsets
            // request of up to two seconds) later than b before the broker went, and turns stale that much later
            awaitTrue("and that replica refuses other sessions too", Duration.ofSeconds(5), () -> !a.feed().isCurrent());
        } finally {
            broker.restart();
        }
        awaitTrue("the logout published once the broker is back", Duration.ofSeconds(60), () -> b.sessions().isRevoked(sid, signedIn));
        awaitTrue("current again", Duration.ofSeconds(30), () -> b.feed().isCurrent());
    }

    private static void awaitTrue(String what, Duration within, BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + within);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
