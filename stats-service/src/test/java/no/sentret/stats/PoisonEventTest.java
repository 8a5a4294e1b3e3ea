package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import no.sentret.stats.facts.ColumnSizes;
import no.sentret.stats.report.AnnualReport;
import no.sentret.stats.report.ReportQueries;
import org.junit.jupiter.api.Test;

/**
 * An event the tables cannot store goes to the dead letters and the events around it are counted:
 * the parser refuses what it knows the columns cannot hold, and whatever else PostgreSQL refuses as
 * data is found by applying the batch again event by event. Before, such an event was retried for
 * ever and held up every later event.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class PoisonEventTest {

    @Inject
    AgroalDataSource ds;

    @Inject
    MeterRegistry registry;

    @Inject
    ReportQueries reports;

    @Test
    void aSourceLongerThanItsColumnIsDeadLetteredAndTheEventsAroundItAreCounted() {
        String reason = sendBetweenTwoValidVisits("x".repeat(ColumnSizes.SOURCE + 1));
        assertEquals("source: longer than " + ColumnSizes.SOURCE + " characters", reason);
    }

    @Test
    void aTextWithTheNulCharacterIsDeadLetteredByTheParser() {
        // PostgreSQL cannot store the NUL character in text; the contract does not forbid it. It was the database that
        // refused it, until the projection (which never asks the database) had to leave out the same events as the rows
        String reason = sendBetweenTwoValidVisits("visit-service\u0000");
        assertEquals("source: contains the NUL character", reason);
    }

    @Test
    void anEventTheDatabaseRefusesIsDeadLetteredAndTheRestOfItsBatchCommits() throws Exception {
        // a refusal the parser cannot foresee (here a trigger raising what a NUL used to): the rows' savepoint per event
        String source = "refused-" + UUID.randomUUID().toString().substring(0, 8);
        sql("create or replace function test_refuse() returns trigger language plpgsql as $$ begin"
                + " raise exception 'refused by the test' using errcode = '22021'; end $$");
        sql("create or replace trigger test_refuse_" + source.replace('-', '_') + " before insert on service_event for each row"
                + " when (new.source = '" + source + "') execute function test_refuse()");
        String reason = sendBetweenTwoValidVisits(source);
        assertEquals("database refused the event: SQLState 22021 (character not in repertoire)", reason);
    }

    private void sql(String statement) throws Exception {
        try (Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void theParsersLimitsAreTheColumnsWidths() throws Exception {
        assertEquals(ColumnSizes.SOURCE, width("service_event", "source"));
        for (String[] column : new String[][] {{"client", "code"}, {"client_alias", "merged_code"},
                {"client_alias", "surviving_code"}, {"service_event", "client_code"}}) {
            assertEquals(ColumnSizes.CLIENT_CODE, width(column[0], column[1]), column[0] + "." + column[1]);
        }
    }

    /** @return the dead-letter reason of the visit from {@code source}, sent between two valid visits of the same client */
    private String sendBetweenTwoValidVisits(String source) {
        int y = TestData.freshYears(1);
        String code = TestData.codePrefix("PO") + "1";
        double letters = registry.counter("sentret.stats.dead.letters").count();
        Events.Ev bad = Events.withSource(Events.visitRecorded(UUID.randomUUID(), code, Instant.parse(y + "-03-02T10:00:00Z")), source);
        // one key, so one partition: the bad event sits between the two others, in all likelihood in one polled batch
        EventSender.sendAndAwait(ds, List.of(
                Events.visitRecorded(UUID.randomUUID(), code, Instant.parse(y + "-03-01T10:00:00Z")),
                bad,
                Events.visitRecorded(UUID.randomUUID(), code, Instant.parse(y + "-03-03T10:00:00Z"))));

        // the rows' figures: an event only the database refuses is still folded into the projection (stats README)
        AnnualReport r = reports.annualFromRows(y);
        assertEquals(2, r.servicesGiven(), "the two valid visits");
        assertEquals(1, r.uniqueUsers());
        assertEquals(letters + 1, registry.counter("sentret.stats.dead.letters").count());
        Map<String, org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> found = DeadLetterReader.find(List.of(bad.value()));
        String reason = DeadLetterReader.reason(found.get(bad.value()));
        assertFalse(reason.contains(code), "a reason names no client code: " + reason);
        assertTrue(reason.length() < 200 && !reason.contains("\n"), reason);
        return reason;
    }

    private int width(String table, String column) throws Exception {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("select character_maximum_length from information_schema.columns "
                     + "where table_schema = current_schema() and table_name = ? and column_name = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), table + "." + column);
                return rs.getInt(1);
            }
        }
    }
}
