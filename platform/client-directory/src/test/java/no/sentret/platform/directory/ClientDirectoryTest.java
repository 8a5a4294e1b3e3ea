package no.sentret.platform.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import no.sentret.infra.testing.TopicWriter;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.ClientCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The directory fed from a real visit-events topic into a real PostgreSQL, read as a service reads it. */
@QuarkusTest
@WithTestResource(value = PreviousVersionDatabase.class, scope = TestResourceScope.GLOBAL)
class ClientDirectoryTest {

    private static TopicWriter visitEvents;

    @Inject
    ClientDirectory directory;

    @Inject
    EntityManager em;

    @Inject
    DirectoryFeed feed;

    @BeforeAll
    static void open() {
        visitEvents = new TopicWriter("visit-events");
    }

    @AfterAll
    static void close() {
        visitEvents.close();
    }

    @Test
    void aCodeRegisteredAtTheFrontDeskBecomesKnownHereAndTheLagIsMeasured() {
        String code = ClientCodes.issue(8);
        assertEquals(422, assertThrows(ProblemException.class, () -> directory.resolveReferenced(code, "clientCode")).problem().status());
        long start = System.nanoTime();
        visitEvents.clientRegistered(code);
        await(() -> directory.exists(code), "the registration reaches the directory");
        System.out.printf("client directory: ClientRegistered published -> code known here in %d ms%n",
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        assertEquals(code, directory.resolveReferenced(code.toLowerCase(), "clientCode"));
    }

    @Test
    void anUnknownCodeIsA422NamingTheFieldAndAMalformedOneA400() {
        ProblemException unknown = assertThrows(ProblemException.class, () -> directory.resolveReferenced("ZZZZ9999", "clientCode"));
        assertEquals(422, unknown.problem().status());
        assertEquals("clientCode", unknown.problem().errors().get(0).field());
        ProblemException malformed = assertThrows(ProblemException.class, () -> directory.resolveReferenced("0O1I", "clientCode"));
        assertEquals(400, malformed.problem().status());
    }

    @Test
    void mergedCodesLandOnTheSurvivorWhateverOrderTheEventsArriveIn() {
        String a = ClientCodes.issue(8);
        String b = ClientCodes.issue(8);
        String c = ClientCodes.issue(8);
        // b into c first, then a into b: a chain the directory must fold (a -> b -> c)
        visitEvents.clientRegistered(c);
        visitEvents.clientsMerged(b, c);
        visitEvents.clientsMerged(a, b);
        // a's and b's registrations arrive after the merges (they sit on other partitions)
        visitEvents.clientRegistered(a);
        visitEvents.clientRegistered(b);
        await(() -> directory.exists(a) && directory.exists(b) && c.equals(directory.resolveReferenced(a, "clientCode")),
                "both merges applied");
        assertEquals(c, directory.resolveReferenced(b, "clientCode"));
        assertEquals(Set.of(a, b, c), Set.copyOf(directory.recordCodes(a, "clientCode")));
    }

    @Test
    void anEventDeliveredTwiceChangesNothing() {
        String code = ClientCodes.issue(8);
        visitEvents.clientRegistered(code);
        visitEvents.clientRegistered(code);
        await(() -> directory.exists(code), "registered");
        assertEquals(1L, count("select count(*) from client_directory where code = ?1", code));
    }

    @Test
    void aBusyFeedCommitsItsOffsetsOncePerIntervalNotPerBatchAndAtOnceWhenCaughtUp() throws InterruptedException {
        awaitCaughtUp();
        long before = feed.commits();
        long start = System.nanoTime();
        String last = null;
        for (int i = 0; i < 30; i++) { // apart, so that the feed polls them in many batches
            last = ClientCodes.issue(8);
            visitEvents.clientRegistered(last);
            Thread.sleep(20);
        }
        String lastCode = last;
        await(() -> directory.exists(lastCode), "the last registration reaches the directory");
        long busySeconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        // caught up: the positions are committed at once, not only with the next batch
        await(() -> feed.commits() > before, "the caught-up feed commits its offsets");
        Thread.sleep(1_500); // an idle feed commits nothing more
        long commits = feed.commits() - before;
        // one per second of the burst, the first batch's, and the caught-up one's; a commit per batch was ~30
        assertTrue(commits <= busySeconds + 3, commits + " commits for 30 events in " + busySeconds + " s");
    }

    /** Waits until the feed has applied what earlier tests published and committed it. */
    private void awaitCaughtUp() throws InterruptedException {
        long seen;
        do {
            seen = feed.applied();
            Thread.sleep(1_200);
        } while (feed.applied() != seen);
    }

    @Test
    void aKitMigrationReleasedAfterTheServicesOwnIsAppliedToAnExistingDatabase() {
        // the database already had the service's V1 when the directory's 0.3.1 and the outbox's 0.1.1 (the trace
        // context of each row) arrived: out of order, and applied
        List<?> versions = em.createNativeQuery("select version from flyway_schema_history where success order by installed_rank")
                .getResultList();
        assertEquals(List.of("0.1", "1", "0.1.1", "0.3.1"), versions);
        assertTrue(count("select count(*) from information_schema.tables where table_name = ?1", "client_directory") == 1L);
        assertFalse(versions.isEmpty());
    }

    @Transactional
    long count(String sql, String param) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, param).getSingleResult()).longValue();
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
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
