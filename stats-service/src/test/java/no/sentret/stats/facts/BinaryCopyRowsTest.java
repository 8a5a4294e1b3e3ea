package no.sentret.stats.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * The service events' binary COPY ({@link BinaryCopyRows}) stores what the text arrays stored before it: each value
 * is copied beside its text, as {@code Instant.toString()} and the other {@code toString()}s printed it for the
 * arrays, and PostgreSQL compares the binary value with its own reading of the text. The timestamps matter most:
 * an instant's fraction below a microsecond is rounded by PostgreSQL's text input (half to even on a double),
 * and the binary form must round it the same way.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class BinaryCopyRowsTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void binaryValuesEqualPostgresqlsReadingOfTheirText() throws Exception {
        Random random = new Random(19);
        List<Instant> instants = new ArrayList<>();
        long first = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        int[] nanos = {0, 1, 499, 500, 501, 1_500, 2_500, 123_456_500, 123_457_500, 999_999_499, 999_999_500, 999_999_999};
        for (int nano : nanos) {
            instants.add(Instant.ofEpochSecond(Instant.parse("2022-05-10T10:00:00Z").getEpochSecond(), nano));
            instants.add(Instant.ofEpochSecond(Instant.parse("1999-12-31T23:59:59Z").getEpochSecond(), nano));
            instants.add(Instant.ofEpochSecond(last, nano));
        }
        for (int i = 0; i < 5_000; i++) {
            long second = first + (long) (random.nextDouble() * (last - first));
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(second, nano));
        }

        BinaryCopyRows rows = new BinaryCopyRows(instants.size());
        for (int i = 0; i < instants.size(); i++) {
            Instant at = instants.get(i);
            LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(at.getEpochSecond(), 86_400)); // in 0001-9999
            UUID id = new UUID(random.nextLong(), random.nextLong());
            String code = i % 7 == 0 ? null : "K" + i + "-æøå-" + (char) ('a' + i % 26);
            rows.row(12)
                    .timestamptz(at).text(at.toString())
                    .date(date).text(date.toString())
                    .uuid(id).text(id.toString())
                    .int4(i % 5 == 0 ? null : date.getYear() - i).text(i % 5 == 0 ? null : Integer.toString(date.getYear() - i))
                    .text(code).text(code)
                    .bool(i % 2 == 0).text(Boolean.toString(i % 2 == 0));
        }
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("""
                        create temporary table copied (ts timestamptz, ts_text text, d date, d_text text, u uuid, u_text text,
                            n int, n_text text, v varchar(64), v_text text, b boolean, b_text text) on commit drop""");
                long copied = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy copied from stdin (format binary)", new ByteArrayInputStream(rows.finish()));
                assertEquals(instants.size(), copied);
                try (ResultSet rs = s.executeQuery("""
                        select count(*) filter (where ts is distinct from ts_text::timestamptz),
                               count(*) filter (where d is distinct from d_text::date),
                               count(*) filter (where u is distinct from u_text::uuid),
                               count(*) filter (where n is distinct from n_text::int),
                               count(*) filter (where v is distinct from v_text),
                               count(*) filter (where b is distinct from b_text::boolean),
                               min(ts_text) filter (where ts is distinct from ts_text::timestamptz)
                        from copied""")) {
                    rs.next();
                    assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L), List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                            rs.getLong(4), rs.getLong(5), rs.getLong(6)), "values that differ; the first timestamp: " + rs.getString(7));
                }
            } finally {
                c.rollback();
            }
        }
    }
}
