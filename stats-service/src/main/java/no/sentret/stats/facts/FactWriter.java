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
import java.util.UUID;

/**
 * Writes facts into one generation's tables, inside the caller's transaction. Every write is an
 * upsert that gives the same rows whatever order the events arrive in across topics: a void that
 * comes before its record leaves a placeholder the record fills in, still voided.
 */
@ApplicationScoped
public class FactWriter {

    /** @return true when the event id was new in this generation (and its facts were written) */
    public boolean apply(Connection c, int gen, UUID eventId, Fact fact) throws SQLException {
        if (!markProcessed(c, gen, eventId)) {
            return false;
        }
        if (fact instanceof Fact.ServiceFact s) {
            service(c, gen, s);
        } else if (fact instanceof Fact.ClientFact cl) {
            client(c, gen, cl);
        } else if (fact instanceof Fact.MergeFact m) {
            merge(c, gen, m);
        } else if (fact instanceof Fact.FeedbackFact f) {
            feedback(c, gen, f);
        }
        return true;
    }

    private boolean markProcessed(Connection c, int gen, UUID eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into processed_event (gen, event_id) values (?, ?) on conflict do nothing")) {
            ps.setInt(1, gen);
            ps.setObject(2, eventId);
            return ps.executeUpdate() == 1;
        }
    }

    private void service(Connection c, int gen, Fact.ServiceFact s) throws SQLException {
        if (s.recorded()) {
            LocalDate day = OsloCalendar.date(s.occurredAt());
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into service_event (gen, source, id, area, client_code, occurred_at, oslo_date, oslo_year, oslo_month, recorded, voided)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, false)
                    on conflict (gen, source, id) do update set area = excluded.area, client_code = excluded.client_code,
                        occurred_at = excluded.occurred_at, oslo_date = excluded.oslo_date, oslo_year = excluded.oslo_year,
                        oslo_month = excluded.oslo_month, recorded = true""")) {
                ps.setInt(1, gen);
                ps.setString(2, s.source());
                ps.setObject(3, s.id());
                ps.setString(4, s.area().name());
                ps.setString(5, s.clientCode());
                ps.setTimestamp(6, Timestamp.from(s.occurredAt()));
                ps.setDate(7, Date.valueOf(day));
                ps.setInt(8, day.getYear());
                ps.setInt(9, day.getMonthValue());
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into service_event (gen, source, id, area, client_code, recorded, voided)
                    values (?, ?, ?, ?, ?, false, true)
                    on conflict (gen, source, id) do update set voided = true""")) {
                ps.setInt(1, gen);
                ps.setString(2, s.source());
                ps.setObject(3, s.id());
                ps.setString(4, s.area().name());
                ps.setString(5, s.clientCode());
                ps.executeUpdate();
            }
        }
    }

    private void client(Connection c, int gen, Fact.ClientFact f) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into client (gen, code, first_registered_on, gender, nationality, age_group) values (?, ?, ?, ?, ?, ?)
                on conflict (gen, code) do update set first_registered_on = excluded.first_registered_on,
                    gender = excluded.gender, nationality = excluded.nationality, age_group = excluded.age_group""")) {
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
            ps.executeUpdate();
        }
    }

    /** Keeps client_alias transitively closed: every merged code points straight at a root code. */
    private void merge(Connection c, int gen, Fact.MergeFact m) throws SQLException {
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

    private void feedback(Connection c, int gen, Fact.FeedbackFact f) throws SQLException {
        LocalDate day = OsloCalendar.date(f.occurredAt());
        try (PreparedStatement ps = c.prepareStatement("""
                insert into feedback (gen, id, occurred_at, oslo_year, oslo_month, score, has_follow_up) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (gen, id) do nothing""")) {
            ps.setInt(1, gen);
            ps.setObject(2, f.id());
            ps.setTimestamp(3, Timestamp.from(f.occurredAt()));
            ps.setInt(4, day.getYear());
            ps.setInt(5, day.getMonthValue());
            ps.setInt(6, f.score());
            ps.setBoolean(7, f.hasFollowUp());
            ps.executeUpdate();
        }
    }
}
