package no.sentret.stats.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * {@link ServiceEventWrites}' two ways give the same rows: a batch of new records is copied straight into
 * service_event; a batch holding a record whose key is there already (a duplicate delivery, a record after its void's
 * placeholder) is refused by the key, taken back to the savepoint and upserted instead, and a void is always upserted.
 * Which way a batch took is told by the rows the staging table received ({@code pg_stat_xact_user_tables}).
 * One transaction, rolled back, in a generation of its own.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ServiceEventWritesTest {

    static final Instant MAY = Instant.parse("2020-05-03T10:00:00Z");
    static final Instant JUNE = Instant.parse("2020-06-30T22:30:00.1234567Z"); // 1 July in Oslo; a fraction below a microsecond

    @Inject
    AgroalDataSource ds;

    @Inject
    FactWriter writer;

    @Test
    void newRecordsAreCopiedAndKeysThatExistAreUpsertedToTheSameRows() throws Exception {
        int gen = 800_000 + (int) (Math.random() * 100_000);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c1 = UUID.randomUUID();
        UUID d = UUID.randomUUID();
        UUID e = UUID.randomUUID();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                // a void before its record leaves a placeholder; b is new: b is copied, the void staged
                long staged = stagedRows(c);
                writer.applyAll(c, gen, List.of(service(a, "SW1", MAY, false), service(b, "SW2", MAY, true)));
                assertEquals(1, stagedRows(c) - staged, "the void only");

                // a's record meets its placeholder and b is delivered again: the key refuses the copy, all three are upserted
                staged = stagedRows(c);
                writer.applyAll(c, gen, List.of(service(a, "SW1", JUNE, true), service(c1, "SW3", JUNE, true),
                        service(b, "SW2", MAY, true)));
                assertEquals(3, stagedRows(c) - staged, "refused by the key, then staged");

                // new records only: copied, nothing staged
                staged = stagedRows(c);
                writer.applyAll(c, gen, List.of(service(d, "SW4", MAY, true), service(e, null, JUNE, true)));
                assertEquals(0, stagedRows(c) - staged, "copied straight in");

                assertEquals(List.of(
                        row(a, "SW1", "2020-06-30 22:30:00.123457+00", "2020-07-01", 2020, 7, true, true),
                        row(b, "SW2", "2020-05-03 10:00:00+00", "2020-05-03", 2020, 5, true, false),
                        row(c1, "SW3", "2020-06-30 22:30:00.123457+00", "2020-07-01", 2020, 7, true, false),
                        row(d, "SW4", "2020-05-03 10:00:00+00", "2020-05-03", 2020, 5, true, false),
                        row(e, null, "2020-06-30 22:30:00.123457+00", "2020-07-01", 2020, 7, true, false)),
                        rows(c, gen, List.of(a, b, c1, d, e)));
            } finally {
                c.rollback();
            }
        }
    }

    private static FactWriter.Keyed service(UUID id, String code, Instant at, boolean recorded) {
        return new FactWriter.Keyed(UUID.randomUUID(), new Fact.ServiceFact(Area.STUA, "visit-service", id, code, at, recorded));
    }

    private static String row(UUID id, String code, String occurredAt, String date, int year, int month, boolean recorded,
                              boolean voided) {
        return String.join("|", id.toString(), "visit-service", "STUA", String.valueOf(code), occurredAt, date,
                String.valueOf(year), String.valueOf(month), String.valueOf(recorded), String.valueOf(voided));
    }

    private static List<String> rows(Connection c, int gen, List<UUID> ids) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (UUID id : ids) {
            try (PreparedStatement ps = c.prepareStatement("""
                    select id, source, area, client_code, (occurred_at at time zone 'UTC')::text || '+00', oslo_date::text,
                        oslo_year, oslo_month, recorded, voided
                    from service_event where gen = ? and id = ?""")) {
                ps.setInt(1, gen);
                ps.setObject(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), String.valueOf(rs.getString(4)),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                String.valueOf(rs.getBoolean(9)), String.valueOf(rs.getBoolean(10))));
                    }
                }
            }
        }
        return rows;
    }

    /** Rows this transaction inserted into the connection's staging table (0 before it exists). */
    private static long stagedRows(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select coalesce(sum(n_tup_ins), 0) from pg_stat_xact_user_tables where relname = 'service_event_batch'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
