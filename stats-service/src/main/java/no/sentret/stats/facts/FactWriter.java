package no.sentret.stats.facts;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
     * Writes the facts of the events whose ids are new in this generation and records the ids. The
     * high-volume facts (service events, health lines, inquiries, contacts, feedback) are folded in
     * memory and written set-based ({@link SetWrites}: one statement per table); the rest go in JDBC
     * batches (a round trip per kind of fact, not per event), client upserts keeping their order and
     * merges running one by one in order. Record/void upserts commute, and a merge is applied when
     * the figures are read, so this order gives the same rows as applying the events one by one.
     *
     * An event of a frozen year ({@link FrozenYears}) is marked processed and left out.
     *
     * @return how many events were new, and which of them were left out for the frozen year they belong to
     */
    public Applied applyAll(Connection c, int gen, List<Keyed> events) throws SQLException {
        Set<UUID> fresh = markProcessed(c, gen, events);
        Map<UUID, Integer> frozen = FrozenYears.lateEvents(c, gen, events);
        Map<UUID, Integer> leftOut = new HashMap<>();
        int applied = 0;
        SetWrites rows = new SetWrites();
        Set<String> codes = new HashSet<>(); // the codes this batch writes a row under, or erases
        try (PreparedStatement client = c.prepareStatement(CLIENT);
             AreaStatements area = new AreaStatements(c)) {
            for (Keyed e : events) {
                if (!fresh.remove(e.eventId())) {
                    continue; // seen before, or twice in this batch
                }
                applied++;
                Integer frozenYear = frozen.get(e.eventId());
                if (frozenYear != null) {
                    leftOut.put(e.eventId(), frozenYear);
                    continue;
                }
                Fact fact = e.fact();
                if (fact instanceof Fact.OutreachContactFact o) {
                    rows.contact(o);
                    if (o.service() == null) {
                        continue;
                    }
                    fact = o.service();
                }
                if (fact instanceof Fact.ServiceFact s) {
                    rows.service(s);
                    if (s.clientCode() != null) {
                        codes.add(s.clientCode());
                    }
                } else if (fact instanceof Fact.ClientFact cl) {
                    client(client, gen, cl);
                    codes.add(cl.code());
                } else if (fact instanceof Fact.MergeFact m) {
                    client.executeBatch(); // keep merges after the client facts before them (not needed for counts, but tidy)
                    merge(c, gen, m);
                } else if (fact instanceof Fact.ErasureFact erased) {
                    erasure(c, gen, erased);
                    codes.addAll(erased.codes());
                } else if (fact instanceof Fact.FeedbackFact f) {
                    rows.feedback(f);
                } else {
                    area.write(gen, fact);
                }
            }
            rows.write(c, gen);
            area.executeBatches();
            client.executeBatch();
            unlinkErased(c, gen, codes);
        }
        return new Applied(applied, leftOut);
    }

    /** @param frozenYear event id → the frozen year of each new event that was left out */
    public record Applied(int applied, Map<UUID, Integer> frozenYear) {
    }

    private static void erasure(Connection c, int gen, Fact.ErasureFact erased) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into erased_client (gen, code, open_from_year) select ?, unnest(?::varchar[]), ?
                on conflict (gen, code) do nothing""")) {
            ps.setInt(1, gen);
            ps.setArray(2, c.createArrayOf("varchar", erased.codes().toArray()));
            ps.setInt(3, erased.openFromYear());
            ps.executeUpdate();
        }
    }

    /**
     * After every batch (so a fact of an erased code that arrives late, from another topic, is caught
     * too): the erased codes' service events in open years lose their code, and the client's attributes
     * go once no event refers to the person any more (closed years still count the person, with the
     * attributes they had, until retention de-identifies them).
     *
     * <p>Only the batch's own codes can need it: after every earlier batch no open-year row held an erased
     * code and no erased code's client row was left that should go, and what can break that within a batch
     * is a row written under an erased code (a service event, a client's registration or update) or a code
     * erased now ({@code codes}; a merge only adds codes to a person, so it never makes a client row due).
     * So the erased codes among them are looked up first (the key of erased_client), and nothing more runs
     * when there are none, as in nearly every batch. The update once ran for every batch over the whole
     * generation, and its plan decided the cost: in a rebuild, whose new generation the table's statistics do
     * not know yet, PostgreSQL read the generation's rows so far for each batch (0.1-0.3 s a batch at
     * 200,000-400,000 rows), and the bench's rebuild of 400,000 events took 48-54 s instead of 9
     * ({@code UnlinkErasedReadsOnlyTheBatchTest}; bench README, step 11).
     */
    private static void unlinkErased(Connection c, int gen, Set<String> codes) throws SQLException {
        if (codes.isEmpty()) {
            return;
        }
        List<String> erased = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select code from erased_client where gen = ? and code = any(?::varchar[])")) {
            ps.setInt(1, gen);
            ps.setArray(2, c.createArrayOf("varchar", codes.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    erased.add(rs.getString(1));
                }
            }
        }
        if (erased.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                update service_event s set client_code = null from erased_client e
                where s.gen = ? and s.client_code = any(?::varchar[])
                  and e.gen = s.gen and s.client_code = e.code and s.oslo_year >= e.open_from_year""")) {
            ps.setInt(1, gen);
            ps.setArray(2, c.createArrayOf("varchar", erased.toArray()));
            ps.executeUpdate();
        }
        // a merged person's attributes can count through any of their codes (first registration, say):
        // a code's row goes only when no event refers to any code of the person any more
        try (PreparedStatement ps = c.prepareStatement("""
                delete from client k using erased_client e
                where k.gen = ? and e.gen = k.gen and k.code = e.code
                  and not exists (
                    with root as (select coalesce((select a.surviving_code from client_alias a
                                                   where a.gen = k.gen and a.merged_code = k.code), k.code) as code)
                    select 1 from service_event s
                    where s.gen = k.gen and s.client_code in (
                        select code from root
                        union select a.merged_code from client_alias a, root where a.gen = k.gen and a.surviving_code = root.code))""")) {
            ps.setInt(1, gen);
            ps.executeUpdate();
        }
    }

    /**
     * The ids of the batch's events to apply, each once: those of {@link #idempotentByKey} events without
     * looking (the set drops a repeat within the batch), the others when {@code processed_event} did not
     * hold them yet (recorded now).
     */
    private static Set<UUID> markProcessed(Connection c, int gen, List<Keyed> events) throws SQLException {
        Set<UUID> fresh = new HashSet<>();
        List<UUID> toRecord = new ArrayList<>();
        for (Keyed e : events) {
            if (idempotentByKey(e.fact())) {
                fresh.add(e.eventId());
            } else {
                toRecord.add(e.eventId());
            }
        }
        if (toRecord.isEmpty()) {
            return fresh;
        }
        UUID[] ids = toRecord.toArray(UUID[]::new);
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

    /**
     * Whether applying the event again, at any later point, leaves every row as it was, so that it needs no
     * {@code processed_event} row (one random B-tree insert fewer for most events; README "Exactly once").
     * True for the service events of the visit, health and legal areas, and for events with no figures.
     * A service event's rows are keyed by (source, id), and the contract publishes one record per id there
     * (a duplicate delivery is the same event, the same values): the record's upsert writes the values it
     * wrote before and {@code recorded}, a void sets {@code voided}; neither flag is ever cleared. What
     * else writes those rows is restored or stopped within the same batch: an erasure's unlinking runs
     * after every batch's writes ({@link #unlinkErased}), and an event of a frozen year (its date, or its
     * stored row's year) is left out ({@link FrozenYears}). Not outreach contacts: a contact is published
     * again with its client code once linked, so a late duplicate of the first publication would unlink it.
     */
    static boolean idempotentByKey(Fact fact) {
        return fact instanceof Fact.ServiceFact || fact instanceof Fact.NoFigures;
    }

    static final String CLIENT = """
            insert into client (gen, code, first_registered_on, gender, nationality, age_group) values (?, ?, ?, ?, ?, ?)
            on conflict (gen, code) do update set first_registered_on = excluded.first_registered_on,
                gender = excluded.gender, nationality = excluded.nationality, age_group = excluded.age_group""";

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
}
