package no.sentret.stats.facts;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes facts into one generation's tables, inside the caller's transaction. Every write is an
 * upsert that gives the same rows whatever order the events arrive in across topics: a void that
 * comes before its record leaves a placeholder the record fills in, still voided.
 */
@ApplicationScoped
public class FactWriter {

    /** An event id and what it tells. */
    public record Keyed(UUID eventId, Fact fact) {
    }

    /**
     * Writes the facts of the events whose ids are new in this generation, in order, and records the
     * ids. Statements go to PostgreSQL in JDBC batches (a round trip per kind of fact, not per event);
     * record/void upserts commute, client upserts keep their order, merges run one by one.
     *
     * @return how many events were new
     */
    public int applyAll(Connection c, int gen, List<Keyed> events) throws SQLException {
        Set<UUID> fresh = markProcessed(c, gen, events);
        int applied = 0;
        try (PreparedStatement recorded = c.prepareStatement(RECORDED);
             PreparedStatement voided = c.prepareStatement(VOIDED);
             PreparedStatement client = c.prepareStatement(CLIENT);
             PreparedStatement feedback = c.prepareStatement(FEEDBACK);
             AreaStatements area = new AreaStatements(c)) {
            for (Keyed e : events) {
                if (!fresh.remove(e.eventId())) {
                    continue; // seen before, or twice in this batch
                }
                applied++;
                Fact fact = e.fact();
                if (fact instanceof Fact.OutreachContactFact o) {
                    area.contact(gen, o);
                    if (o.service() == null) {
                        continue;
                    }
                    fact = o.service();
                }
                if (fact instanceof Fact.ServiceFact s) {
                    service(s.recorded() ? recorded : voided, gen, s);
                    area.detail(gen, s);
                } else if (fact instanceof Fact.ClientFact cl) {
                    client(client, gen, cl);
                } else if (fact instanceof Fact.MergeFact m) {
                    client.executeBatch(); // keep merges after the client facts before them (not needed for counts, but tidy)
                    merge(c, gen, m);
                } else if (fact instanceof Fact.FeedbackFact f) {
                    feedback(feedback, gen, f);
                } else {
                    area.write(gen, fact);
                }
            }
            area.executeBatches();
            recorded.executeBatch();
            voided.executeBatch();
            client.executeBatch();
            feedback.executeBatch();
        }
        return applied;
    }

    private static Set<UUID> markProcessed(Connection c, int gen, List<Keyed> events) throws SQLException {
        Set<UUID> fresh = new HashSet<>();
        if (events.isEmpty()) {
            return fresh;
        }
        UUID[] ids = events.stream().map(Keyed::eventId).toArray(UUID[]::new);
        try (PreparedStatement ps = c.prepareStatement("""
                insert into processed_event (gen, event_id) select ?, unnest(?::uuid[])
                on conflict do nothing returning event_id""")) {
            ps.setInt(1, gen);
            ps.setArray(2, c.createArrayOf("uuid", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fresh.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return fresh;
    }

    static final String RECORDED = """
            insert into service_event (gen, source, id, area, client_code, occurred_at, oslo_date, oslo_year, oslo_month, recorded, voided)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, false)
            on conflict (gen, source, id) do update set area = excluded.area, client_code = excluded.client_code,
                occurred_at = excluded.occurred_at, oslo_date = excluded.oslo_date, oslo_year = excluded.oslo_year,
                oslo_month = excluded.oslo_month, recorded = true""";
    static final String VOIDED = """
            insert into service_event (gen, source, id, area, client_code, recorded, voided)
            values (?, ?, ?, ?, ?, false, true)
            on conflict (gen, source, id) do update set voided = true""";
    static final String CLIENT = """
            insert into client (gen, code, first_registered_on, gender, nationality, age_group) values (?, ?, ?, ?, ?, ?)
            on conflict (gen, code) do update set first_registered_on = excluded.first_registered_on,
                gender = excluded.gender, nationality = excluded.nationality, age_group = excluded.age_group""";
    static final String FEEDBACK = """
            insert into feedback (gen, id, occurred_at, oslo_year, oslo_month, score, has_follow_up) values (?, ?, ?, ?, ?, ?, ?)
            on conflict (gen, id) do nothing""";

    private static void service(PreparedStatement ps, int gen, Fact.ServiceFact s) throws SQLException {
        ps.setInt(1, gen);
        ps.setString(2, s.source());
        ps.setObject(3, s.id());
        ps.setString(4, s.area().name());
        ps.setString(5, s.clientCode());
        if (s.recorded()) {
            LocalDate day = OsloCalendar.date(s.occurredAt());
            ps.setTimestamp(6, Timestamp.from(s.occurredAt()));
            ps.setDate(7, Date.valueOf(day));
            ps.setInt(8, day.getYear());
            ps.setInt(9, day.getMonthValue());
        }
        ps.addBatch();
    }

    private static void client(PreparedStatement ps, int gen, Fact.ClientFact f) throws SQLException {
        ps.setInt(1, gen);
        ps.setString(2, f.code());
        if (f.firstRegisteredOn() == null) {
            ps.setNull(3, Types.DATE);
        } else {
            ps.setDate(3, Date.valueOf(f.firstRegisteredOn()));
        }
        ps.setString(4, f.gender());
        ps.setString(5, f.nationality());
        ps.setString(6, f.ageGroup());
        ps.addBatch();
    }

    /** Keeps client_alias transitively closed: every merged code points straight at a root code. */
    private static void merge(Connection c, int gen, Fact.MergeFact m) throws SQLException {
        String root = m.survivingCode();
        try (PreparedStatement ps = c.prepareStatement(
                "select surviving_code from client_alias where gen = ? and merged_code = ?")) {
            ps.setInt(1, gen);
            ps.setString(2, m.survivingCode());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    root = rs.getString(1);
                }
            }
        }
        if (root.equals(m.mergedCode())) {
            return; // a merge back into its own alias would make a cycle; the codes are already one person
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into client_alias (gen, merged_code, surviving_code) values (?, ?, ?)
                on conflict (gen, merged_code) do update set surviving_code = excluded.surviving_code""")) {
            ps.setInt(1, gen);
            ps.setString(2, m.mergedCode());
            ps.setString(3, root);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "update client_alias set surviving_code = ? where gen = ? and surviving_code = ?")) {
            ps.setString(1, root);
            ps.setInt(2, gen);
            ps.setString(3, m.mergedCode());
            ps.executeUpdate();
        }
    }

    private static void feedback(PreparedStatement ps, int gen, Fact.FeedbackFact f) throws SQLException {
        LocalDate day = OsloCalendar.date(f.occurredAt());
        ps.setInt(1, gen);
        ps.setObject(2, f.id());
        ps.setTimestamp(3, Timestamp.from(f.occurredAt()));
        ps.setInt(4, day.getYear());
        ps.setInt(5, day.getMonthValue());
        ps.setInt(6, f.score());
        ps.setBoolean(7, f.hasFollowUp());
        ps.addBatch();
    }
}
