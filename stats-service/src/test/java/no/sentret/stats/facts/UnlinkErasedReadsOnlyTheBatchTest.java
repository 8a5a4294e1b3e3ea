package no.sentret.stats.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * The erasure's unlinking after every batch ({@code FactWriter.unlinkErased}) once updated the whole generation
 * joined with erased_client, and its plan decided the cost: in a rebuild, whose new generation the statistics do not
 * know yet, PostgreSQL read all the generation's service events for every batch (StatsReplayBench: a rebuild of
 * 400,000 events in 48-54 s instead of 9). A batch whose codes are not erased reads no service event beyond its own;
 * the unlinking stays exact: a late service of an erased code loses its code, and an erasure unlinks the code's
 * open-year events written in earlier batches.
 *
 * <p>Everything runs in one transaction that is rolled back, in two generations no other test uses: the statistics
 * are taken when only the first holds rows, so they know nothing of the second (as in a rebuild);
 * {@code pg_stat_xact_user_tables} counts what the transaction read.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class UnlinkErasedReadsOnlyTheBatchTest {

    static final int ROWS = 20_000;

    @Inject
    AgroalDataSource ds;

    @Inject
    FactWriter writer;

    @Test
    void aBatchWithoutErasedCodesReadsNoneOfTheGenerationsEvents() throws Exception {
        int gen = 700_000 + (int) (Math.random() * 100_000);
        Instant at = Instant.parse("2019-05-03T10:00:00Z");
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                // as in a rebuild: the statistics know the generation before it (analyzed here, in the transaction) ...
                fill(c, gen - 1);
                try (Statement s = c.createStatement()) {
                    s.execute("analyze service_event");
                    s.execute("analyze erased_client");
                }
                // ... and not the new one, which already holds what the earlier batches wrote
                fill(c, gen);
                long before = serviceEventTuplesRead(c);
                writer.applyAll(c, gen, List.of(service(UUID.randomUUID(), "UE5", at)));
                long read = serviceEventTuplesRead(c) - before;
                assertTrue(read < 1_000, "one batch of one event read " + read + " service events of the generation's " + ROWS);

                // still exact: a late service of an erased code loses its code ...
                UUID late = UUID.randomUUID();
                writer.applyAll(c, gen, List.of(service(late, "UEX1", at)));
                assertNull(code(c, gen, late));
                // ... and an erasure unlinks the open-year events of earlier batches, leaves closed years and other codes
                writer.applyAll(c, gen, List.of(new FactWriter.Keyed(UUID.randomUUID(), new Fact.ErasureFact(List.of("UE7"), 2019))));
                assertEquals(0, count(c, gen, "UE7", 2019));
                assertEquals(ROWS / 2_000 / 2, count(c, gen, "UE7", 2018)); // 10 events of the code, half of them in 2018
                assertNotNull(code(c, gen, serviceId(c, gen, "UE8")));
            } finally {
                c.rollback();
            }
        }
    }

    private static FactWriter.Keyed service(UUID id, String code, Instant at) {
        return new FactWriter.Keyed(UUID.randomUUID(), new Fact.ServiceFact(Area.STUA, "visit-service", id, code, at, true));
    }

    /** ROWS service events of 2,000 codes in 2018 and 2019, and two erased codes the batch does not name. */
    private static void fill(Connection c, int gen) throws SQLException {
        run(c, """
                insert into service_event (gen, source, id, area, client_code, occurred_at, oslo_date, oslo_year, oslo_month,
                    recorded, voided)
                select ?, 'visit-service', gen_random_uuid(), 'STUA', 'UE' || (n % 2000), timestamptz '2019-05-03 10:00Z',
                    date '2019-05-03', 2018 + (n / 2000) % 2, 5, true, false
                from generate_series(0, ? - 1) n""", gen, ROWS);
        run(c, "insert into erased_client (gen, code, open_from_year) values (?, 'UEX1', 2019), (?, 'UEX2', 2019)", gen, gen);
    }

    private static long serviceEventTuplesRead(Connection c) throws SQLException {
        return single(c, Long.class, "select coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) "
                + "from pg_stat_xact_user_tables where relname = 'service_event'");
    }

    private static String code(Connection c, int gen, UUID id) throws SQLException {
        return single(c, String.class, "select client_code from service_event where gen = ? and id = ?", gen, id);
    }

    private static UUID serviceId(Connection c, int gen, String code) throws SQLException {
        return single(c, UUID.class, "select id from service_event where gen = ? and client_code = ? limit 1", gen, code);
    }

    private static long count(Connection c, int gen, String code, int year) throws SQLException {
        return single(c, Long.class, "select count(*) from service_event where gen = ? and client_code = ? and oslo_year = ?",
                gen, code, year);
    }

    private static void run(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            ps.executeUpdate();
        }
    }

    private static <T> T single(Connection c, Class<T> type, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "no row: " + sql);
                return rs.getObject(1, type);
            }
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
