package no.sentret.stats;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.sentret.infra.testing.RealInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * Service events keep no processed_event row (issue 19: their rows' own keys make a duplicate change
 * nothing; FactWriter.idempotentByKey). Each is delivered again in later batches, records and voids in
 * either order, after the first deliveries came in either order too: every row stays as it was. An
 * erased client's service delivered again stays unlinked; an outreach contact, which does keep its
 * processed_event row, stays linked when its first, unlinked publication is delivered again.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class LateDuplicatesTest {

    @Inject
    AgroalDataSource ds;

    private static final String ROWS = """
            select e.source, e.id, e.area, e.client_code, e.occurred_at, e.oslo_date, e.oslo_year, e.oslo_month, e.recorded,
                   e.voided, h.category, i.would_not_otherwise, o.channel, o.recorded, o.voided
            from unnest(?::uuid[]) u(id)
            left join service_event e on e.gen = (select active_gen from stats_generation) and e.id = u.id
            left join health_service_line h on h.gen = e.gen and h.source = e.source and h.id = e.id
            left join legal_inquiry i on i.gen = e.gen and i.source = e.source and i.id = e.id
            left join outreach_contact o on o.gen = (select active_gen from stats_generation) and o.id = u.id
            order by u.id""";

    @Test
    void everyServiceEventDeliveredAgainLaterLeavesItsRowsAsTheyWere() throws Exception {
        int y = TestData.freshYears(1);
        String p = TestData.codePrefix("LD");
        Instant at = Instant.parse(y + "-05-03T10:00:00Z");
        UUID visitKept = UUID.randomUUID(), visitVoided = UUID.randomUUID();
        UUID consultKept = UUID.randomUUID(), consultVoided = UUID.randomUUID();
        UUID healthKept = UUID.randomUUID(), healthVoided = UUID.randomUUID();
        UUID inquiryKept = UUID.randomUUID(), inquiryVoided = UUID.randomUUID();
        UUID contact = UUID.randomUUID();
        List<Events.Ev> records = List.of(
                Events.visitRecorded(visitKept, p + "A", at), Events.visitRecorded(visitVoided, p + "A", at),
                Events.consultationRecorded(consultKept, p + "B", at), Events.consultationRecorded(consultVoided, p + "B", at),
                Events.healthRecorded(healthKept, p + "C", at, "PREP", null, "START"), Events.healthRecorded(healthVoided, p + "C", at),
                Events.legalInquiry(inquiryKept, p + "D", at, "YES", "FAMILY"), Events.legalInquiry(inquiryVoided, p + "D", at, "NO", "HOUSING_AND_TENANCY"));
        List<Events.Ev> voids = List.of(
                Events.visitVoided(visitVoided, p + "A", at), Events.consultationVoided(consultVoided, p + "B", at),
                Events.healthVoided(healthVoided, p + "C", at), Events.legalInquiryVoided(inquiryVoided, p + "D", at));
        Events.Ev contactUnlinked = Events.outreachRecorded(contact, null, at, "SMS");
        Events.Ev contactLinked = Events.outreachRecorded(contact, p + "E", at, "SMS");

        // first deliveries: half the voids before their records, half after
        EventSender.sendAndAwait(ds, List.of(voids.get(0), voids.get(2), contactUnlinked));
        EventSender.sendAndAwait(ds, records);
        EventSender.sendAndAwait(ds, List.of(voids.get(1), voids.get(3), contactLinked));
        List<UUID> ids = List.of(visitKept, visitVoided, consultKept, consultVoided, healthKept, healthVoided, inquiryKept,
                inquiryVoided, contact);
        List<List<Object>> before = rows(ids);
        int servicesBefore = Api.annual(y).months().get(4).services();
        assertEquals(5, servicesBefore, "four kept services and the linked contact");

        // the same events again, each in a batch of its own after the first ones: records after voids, voids after records
        EventSender.sendAndAwait(ds, voids);
        EventSender.sendAndAwait(ds, records);
        EventSender.sendAndAwait(ds, List.of(contactUnlinked));
        EventSender.sendAndAwait(ds, voids);

        assertEquals(before, rows(ids));
        assertEquals(servicesBefore, Api.annual(y).months().get(4).services());
    }

    @Test
    void anErasedClientsServiceDeliveredAgainStaysUnlinked() throws Exception {
        int y = TestData.freshYears(1);
        String code = TestData.codePrefix("LD") + "X";
        Instant at = Instant.parse(y + "-03-03T10:00:00Z");
        UUID visit = UUID.randomUUID();
        Events.Ev recorded = Events.visitRecorded(visit, code, at);
        EventSender.sendAndAwait(ds, List.of(Events.clientRegistered(code, "WOMAN", "NO", "26-30", LocalDate.of(y, 1, 2)), recorded));
        EventSender.sendAndAwait(ds, List.of(Events.erased(code, Instant.parse(y + "-06-01T10:00:00Z"))));
        List<List<Object>> before = rows(List.of(visit));
        assertEquals(null, before.get(0).get(3), "unlinked by the erasure");

        EventSender.sendAndAwait(ds, List.of(recorded));

        assertEquals(before, rows(List.of(visit)));
        assertEquals(0, count("select count(*) from client where code = ?", code), "the client's row stays gone");
    }

    private List<List<Object>> rows(List<UUID> ids) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(ROWS)) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private int count(String sql, String param) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
