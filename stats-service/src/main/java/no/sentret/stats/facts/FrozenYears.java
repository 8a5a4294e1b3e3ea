package no.sentret.stats.facts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the events of a batch that would change a frozen year ({@code frozen_year}): a record dated in
 * one (by its own date), or a void or closing of a record that lies in one (by the stored row's year).
 * Such an event is left out: a frozen year is a published year, and its facts hold pseudonyms, so a
 * late event would both change a figure and put a client code back into it. Client, merge and erasure
 * facts never belong to a year: frozen years hold no code they could touch.
 * <p>
 * Costs one small query per batch while no year is frozen, plus one per kind of referring fact present.
 */
final class FrozenYears {

    private final Set<Integer> years;
    private final Map<UUID, Integer> late = new HashMap<>();

    private FrozenYears(Set<Integer> years) {
        this.years = years;
    }

    /** @return event id → the frozen year it belongs to, for the events of {@code events} that do */
    static Map<UUID, Integer> lateEvents(Connection c, int gen, List<FactWriter.Keyed> events) throws SQLException {
        Set<Integer> years = read(c, gen);
        if (years.isEmpty() || events.isEmpty()) {
            return Map.of();
        }
        FrozenYears f = new FrozenYears(years);
        References refs = new References();
        for (FactWriter.Keyed e : events) {
            f.classify(e.eventId(), e.fact(), refs);
        }
        refs.resolve(c, gen, f);
        return f.late;
    }

    static Set<Integer> read(Connection c, int gen) throws SQLException {
        Set<Integer> years = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select year from frozen_year where gen = ?")) {
            ps.setInt(1, gen);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    years.add(rs.getInt(1));
                }
            }
        }
        return years;
    }

    private void classify(UUID eventId, Fact fact, References refs) {
        if (fact instanceof Fact.ServiceFact s) {
            if (s.recorded()) {
                byDate(eventId, OsloCalendar.date(s.occurredAt()));
            }
            // a void, or a record published again with another date: the stored row's year decides too
            refs.services.add(new Ref(eventId, s.source(), s.id()));
        } else if (fact instanceof Fact.OutreachContactFact o) {
            if (o.recorded()) {
                byDate(eventId, OsloCalendar.date(o.occurredAt()));
            }
            refs.contacts.add(new Ref(eventId, o.source(), o.id()));
        } else if (fact instanceof Fact.FeedbackFact f) {
            byDate(eventId, OsloCalendar.date(f.occurredAt()));
        } else if (fact instanceof Fact.LegalShiftFact f) {
            byDate(eventId, f.date());
            refs.shifts.add(new Ref(eventId, null, f.id()));
        } else if (fact instanceof Fact.LegalCaseFact f) {
            byDate(eventId, f.openedOn());
            refs.cases.add(new Ref(eventId, null, f.id()));
        } else if (fact instanceof Fact.StreetShiftFact f) {
            byDate(eventId, OsloCalendar.date(f.occurredAt()));
        } else if (fact instanceof Fact.StreetShiftVoidedFact f) {
            refs.streetShifts.add(new Ref(eventId, null, f.id()));
        } else if (fact instanceof Fact.AssignmentFact f) {
            byDate(eventId, OsloCalendar.date(f.occurredAt()));
        } else if (fact instanceof Fact.AssignmentVoidedFact f) {
            refs.assignments.add(new Ref(eventId, null, f.id()));
        } else if (fact instanceof Fact.AdSiteWeekFact f) {
            byYear(eventId, f.weekYear());
        } else if (fact instanceof Fact.AdSiteWeekVoidedFact f) {
            byYear(eventId, f.weekYear());
        }
    }

    private void byDate(UUID eventId, LocalDate date) {
        if (date != null) {
            byYear(eventId, date.getYear());
        }
    }

    private void byYear(UUID eventId, int year) {
        if (years.contains(year)) {
            late.put(eventId, year);
        }
    }

    private record Ref(UUID eventId, String source, UUID id) {
    }

    /** Facts that refer to a stored row: late when that row lies in a frozen year. */
    private static final class References {
        final List<Ref> services = new ArrayList<>();
        final List<Ref> contacts = new ArrayList<>();
        final List<Ref> shifts = new ArrayList<>();
        final List<Ref> cases = new ArrayList<>();
        final List<Ref> streetShifts = new ArrayList<>();
        final List<Ref> assignments = new ArrayList<>();

        void resolve(Connection c, int gen, FrozenYears f) throws SQLException {
            bySourceAndId(c, gen, f, services, "service_event", "t.oslo_year");
            bySourceAndId(c, gen, f, contacts, "outreach_contact", "t.oslo_year");
            byId(c, gen, f, shifts, "legal_shift", "extract(year from t.shift_date)::int");
            byId(c, gen, f, cases, "legal_case", "extract(year from t.opened_on)::int");
            byId(c, gen, f, streetShifts, "street_shift", "t.oslo_year");
            byId(c, gen, f, assignments, "assignment", "t.oslo_year");
        }

        private static void bySourceAndId(Connection c, int gen, FrozenYears f, List<Ref> refs, String table, String year)
                throws SQLException {
            if (refs.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("select u.source, u.id, " + year + " from unnest(?::varchar[], ?::uuid[]) u(source, id) "
                    + "join " + table + " t on t.gen = ? and t.source = u.source and t.id = u.id where " + year + " = any(?)")) {
                ps.setArray(1, c.createArrayOf("varchar", refs.stream().map(Ref::source).toArray()));
                ps.setArray(2, c.createArrayOf("uuid", refs.stream().map(Ref::id).toArray()));
                ps.setInt(3, gen);
                ps.setArray(4, c.createArrayOf("int4", f.years.toArray()));
                collect(ps, refs, f, true);
            }
        }

        private static void byId(Connection c, int gen, FrozenYears f, List<Ref> refs, String table, String year) throws SQLException {
            if (refs.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("select null, t.id, " + year + " from " + table + " t "
                    + "where t.gen = ? and t.id = any(?) and " + year + " = any(?)")) {
                ps.setInt(1, gen);
                ps.setArray(2, c.createArrayOf("uuid", refs.stream().map(Ref::id).toArray()));
                ps.setArray(3, c.createArrayOf("int4", f.years.toArray()));
                collect(ps, refs, f, false);
            }
        }

        private static void collect(PreparedStatement ps, List<Ref> refs, FrozenYears f, boolean withSource) throws SQLException {
            Map<String, Integer> found = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put((withSource ? rs.getString(1) : "") + "|" + rs.getObject(2, UUID.class), rs.getInt(3));
                }
            }
            for (Ref r : refs) {
                Integer year = found.get((withSource ? r.source() : "") + "|" + r.id());
                if (year != null) {
                    f.late.put(r.eventId(), year);
                }
            }
        }
    }
}
