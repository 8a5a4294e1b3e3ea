package no.sentret.stats.facts;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The upserts of the areas' low-volume facts (migration V3: shifts, cases, street shifts,
 * assignments, ad counts), one JDBC batch per kind within the caller's transaction; health lines,
 * inquiries and contacts are written set-based by {@link SetWrites}. Each is keyed by the record's
 * id, so a duplicate changes nothing; a void (case, street shift, assignment, ad count) sets
 * {@code voided} or leaves a voided placeholder the record fills in, still voided; the order of
 * record and void does not matter.
 */
final class AreaStatements implements AutoCloseable {

    /** The outcome with the highest revision wins, whichever arrives first (a rebuild may meet a correction early). */
    static final String SHIFT = """
            insert into legal_shift (gen, id, shift_date, status, lawyer_kind, revision) values (?, ?, ?, ?, ?, ?)
            on conflict (gen, id) do update set shift_date = excluded.shift_date, status = excluded.status,
                lawyer_kind = excluded.lawyer_kind, revision = excluded.revision
            where legal_shift.revision <= excluded.revision""";
    static final String CASE_OPENED = """
            insert into legal_case (gen, id, opened_on, area, voided) values (?, ?, ?, ?, false)
            on conflict (gen, id) do update set opened_on = excluded.opened_on, area = excluded.area""";
    static final String CASE_CLOSED = """
            insert into legal_case (gen, id, opened_on, area, closed_on, outcome, voided) values (?, ?, ?, ?, ?, ?, false)
            on conflict (gen, id) do update set opened_on = excluded.opened_on, area = excluded.area,
                closed_on = excluded.closed_on, outcome = excluded.outcome""";
    static final String CASE_VOIDED = """
            insert into legal_case (gen, id, opened_on, voided) values (?, ?, ?, true)
            on conflict (gen, id) do update set voided = true""";
    static final String STREET_SHIFT = """
            insert into street_shift (gen, id, occurred_at, oslo_year, district, workers, contacts) values (?, ?, ?, ?, ?, ?, ?)
            on conflict (gen, id) do update set occurred_at = excluded.occurred_at, oslo_year = excluded.oslo_year,
                district = excluded.district, workers = excluded.workers, contacts = excluded.contacts""";
    static final String HAND_OUT = """
            insert into street_hand_out (gen, shift_id, kind, quantity) values (?, ?, ?, ?)
            on conflict (gen, shift_id, kind) do update set quantity = excluded.quantity""";
    static final String ASSIGNMENT = """
            insert into assignment (gen, id, oslo_year, kind, audience, participants) values (?, ?, ?, ?, ?, ?)
            on conflict (gen, id) do update set oslo_year = excluded.oslo_year, kind = excluded.kind,
                audience = excluded.audience, participants = excluded.participants""";
    static final String STREET_SHIFT_VOIDED = """
            insert into street_shift (gen, id, voided) values (?, ?, true)
            on conflict (gen, id) do update set voided = true""";
    static final String ASSIGNMENT_VOIDED = """
            insert into assignment (gen, id, voided) values (?, ?, true)
            on conflict (gen, id) do update set voided = true""";
    static final String AD_WEEK = """
            insert into ad_site_week (gen, id, site, week_year, week, ads, voided) values (?, ?, ?, ?, ?, ?, false)
            on conflict (gen, id) do update set site = excluded.site, week_year = excluded.week_year, week = excluded.week,
                ads = excluded.ads""";
    static final String AD_WEEK_VOIDED = """
            insert into ad_site_week (gen, id, site, week_year, week, voided) values (?, ?, ?, ?, ?, true)
            on conflict (gen, id) do update set voided = true""";

    private final PreparedStatement shift;
    private final PreparedStatement caseOpened;
    private final PreparedStatement caseClosed;
    private final PreparedStatement caseVoided;
    private final PreparedStatement streetShift;
    private final PreparedStatement handOut;
    private final PreparedStatement assignment;
    private final PreparedStatement adWeek;
    private final PreparedStatement streetShiftVoided;
    private final PreparedStatement assignmentVoided;
    private final PreparedStatement adWeekVoided;
    private final List<PreparedStatement> all;

    AreaStatements(Connection c) throws SQLException {
        // pgjdbc prepares on first execution: a statement never used costs no round trip
        shift = c.prepareStatement(SHIFT);
        caseOpened = c.prepareStatement(CASE_OPENED);
        caseClosed = c.prepareStatement(CASE_CLOSED);
        caseVoided = c.prepareStatement(CASE_VOIDED);
        streetShift = c.prepareStatement(STREET_SHIFT);
        handOut = c.prepareStatement(HAND_OUT);
        assignment = c.prepareStatement(ASSIGNMENT);
        adWeek = c.prepareStatement(AD_WEEK);
        streetShiftVoided = c.prepareStatement(STREET_SHIFT_VOIDED);
        assignmentVoided = c.prepareStatement(ASSIGNMENT_VOIDED);
        adWeekVoided = c.prepareStatement(AD_WEEK_VOIDED);
        all = List.of(shift, caseOpened, caseClosed, caseVoided, streetShift, handOut, assignment, adWeek,
                streetShiftVoided, assignmentVoided, adWeekVoided);
    }

    /** Any other fact of the areas; facts that carry no figure are left alone. */
    void write(int gen, Fact fact) throws SQLException {
        if (fact instanceof Fact.LegalShiftFact f) {
            shift.setInt(1, gen);
            shift.setObject(2, f.id());
            shift.setDate(3, Date.valueOf(f.date()));
            shift.setString(4, f.status());
            shift.setString(5, f.lawyerKind());
            shift.setInt(6, f.revision());
            shift.addBatch();
        } else if (fact instanceof Fact.LegalCaseFact f) {
            PreparedStatement ps = switch (f.event()) {
                case "OPENED" -> caseOpened;
                case "CLOSED" -> caseClosed;
                default -> caseVoided;
            };
            ps.setInt(1, gen);
            ps.setObject(2, f.id());
            ps.setDate(3, date(f.openedOn()));
            if (!f.event().equals("VOIDED")) {
                ps.setString(4, f.area());
            }
            if (f.event().equals("CLOSED")) {
                ps.setDate(5, date(f.closedOn()));
                ps.setString(6, f.outcome());
            }
            ps.addBatch();
        } else if (fact instanceof Fact.StreetShiftFact f) {
            streetShift.setInt(1, gen);
            streetShift.setObject(2, f.id());
            streetShift.setTimestamp(3, java.sql.Timestamp.from(f.occurredAt()));
            streetShift.setInt(4, OsloCalendar.date(f.occurredAt()).getYear());
            streetShift.setString(5, f.district());
            streetShift.setInt(6, f.workers());
            streetShift.setInt(7, f.contacts());
            streetShift.addBatch();
            for (Map.Entry<String, Integer> h : f.handOuts().entrySet()) {
                handOut.setInt(1, gen);
                handOut.setObject(2, f.id());
                handOut.setString(3, h.getKey());
                handOut.setInt(4, h.getValue());
                handOut.addBatch();
            }
        } else if (fact instanceof Fact.AssignmentFact f) {
            assignment.setInt(1, gen);
            assignment.setObject(2, f.id());
            assignment.setInt(3, OsloCalendar.date(f.occurredAt()).getYear());
            assignment.setString(4, f.kind());
            assignment.setString(5, f.audience());
            assignment.setInt(6, f.participants());
            assignment.addBatch();
        } else if (fact instanceof Fact.AdSiteWeekFact f) {
            adWeek.setInt(1, gen);
            adWeek.setObject(2, f.id());
            adWeek.setString(3, f.site());
            adWeek.setInt(4, f.weekYear());
            adWeek.setInt(5, f.week());
            adWeek.setInt(6, f.count());
            adWeek.addBatch();
        } else if (fact instanceof Fact.StreetShiftVoidedFact f) {
            voided(streetShiftVoided, gen, f.id());
        } else if (fact instanceof Fact.AssignmentVoidedFact f) {
            voided(assignmentVoided, gen, f.id());
        } else if (fact instanceof Fact.AdSiteWeekVoidedFact f) {
            adWeekVoided.setInt(1, gen);
            adWeekVoided.setObject(2, f.id());
            adWeekVoided.setString(3, f.site());
            adWeekVoided.setInt(4, f.weekYear());
            adWeekVoided.setInt(5, f.week());
            adWeekVoided.addBatch();
        }
    }

    private static void voided(PreparedStatement ps, int gen, java.util.UUID id) throws SQLException {
        ps.setInt(1, gen);
        ps.setObject(2, id);
        ps.addBatch();
    }

    void executeBatches() throws SQLException {
        for (PreparedStatement ps : all) {
            ps.executeBatch();
        }
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : all) {
            ps.close();
        }
    }
}
