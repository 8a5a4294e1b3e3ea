package no.sentret.stats.facts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The high-volume facts of one batch (service events with their health lines and legal inquiries,
 * outreach contacts, feedback), folded in memory into one row per key and written with one
 * {@code insert … select from unnest(arrays) on conflict} statement per table: a round trip and a
 * plan per table and batch instead of one per event. The service events, a row for nearly every event,
 * go by binary COPY instead ({@link ServiceEventWrites}). Folding keeps what the event-at-a-time upserts
 * gave, whatever the order: a record and a void of the same id in one batch become one row that is
 * recorded and voided; of two records of the same id the later one's values win (a contact linked
 * to a client later is published again with the same id); feedback keeps its first delivery.
 * (PostgreSQL refuses one statement that touches a row twice, so folding is also what makes the
 * statements legal.)
 */
final class SetWrites {

    record Key(String source, UUID id) {
    }

    /** A service_event row: the record's values if the batch holds one, voided if it holds a void. */
    static final class ServiceRow {
        ServiceRow(Fact.ServiceFact first) {
            fact = first;
        }

        Fact.ServiceFact fact; // the last record, else the last void
        boolean recorded;
        boolean voided;
    }

    private static final class ContactRow {
        ContactRow(Fact.OutreachContactFact first) {
            fact = first;
        }

        Fact.OutreachContactFact fact;
        boolean recorded;
        boolean voided;
    }

    private final Map<Key, ServiceRow> services = new LinkedHashMap<>();
    private final Map<Key, Fact.HealthDetail> healthLines = new LinkedHashMap<>();
    private final Map<Key, Fact.InquiryDetail> inquiries = new LinkedHashMap<>();
    private final Map<Key, ContactRow> contacts = new LinkedHashMap<>();
    private final Map<UUID, Fact.FeedbackFact> feedback = new LinkedHashMap<>();

    void service(Fact.ServiceFact s) {
        Key key = new Key(s.source(), s.id());
        ServiceRow row = services.computeIfAbsent(key, k -> new ServiceRow(s));
        if (s.recorded()) {
            row.fact = s;
            row.recorded = true;
            if (s.detail() instanceof Fact.HealthDetail h) {
                healthLines.put(key, h);
            } else if (s.detail() instanceof Fact.InquiryDetail i) {
                inquiries.put(key, i);
            }
        } else {
            if (!row.recorded) {
                row.fact = s;
            }
            row.voided = true;
        }
    }

    void contact(Fact.OutreachContactFact o) {
        ContactRow row = contacts.computeIfAbsent(new Key(o.source(), o.id()), k -> new ContactRow(o));
        if (o.recorded()) {
            row.fact = o;
            row.recorded = true;
        } else {
            if (!row.recorded) {
                row.fact = o;
            }
            row.voided = true;
        }
    }

    void feedback(Fact.FeedbackFact f) {
        feedback.putIfAbsent(f.id(), f);
    }

    static final String HEALTH_LINES = """
            insert into health_service_line (gen, source, id, category, vaccine, prep_stage)
            select ?, * from unnest(?::varchar[], ?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[])
            on conflict (gen, source, id) do update set category = excluded.category, vaccine = excluded.vaccine,
                prep_stage = excluded.prep_stage""";
    static final String INQUIRIES = """
            insert into legal_inquiry (gen, source, id, would_not_otherwise)
            select ?, * from unnest(?::varchar[], ?::uuid[], ?::varchar[])
            on conflict (gen, source, id) do update set would_not_otherwise = excluded.would_not_otherwise""";
    static final String CONTACTS = """
            insert into outreach_contact as t (gen, source, id, channel, oslo_year, recorded, voided)
            select ?, * from unnest(?::varchar[], ?::uuid[], ?::varchar[], ?::int[], ?::bool[], ?::bool[])
            on conflict (gen, source, id) do update set
                channel = case when excluded.recorded then excluded.channel else t.channel end,
                oslo_year = case when excluded.recorded then excluded.oslo_year else t.oslo_year end,
                recorded = t.recorded or excluded.recorded,
                voided = t.voided or excluded.voided""";
    static final String FEEDBACK = """
            insert into feedback (gen, id, occurred_at, oslo_year, oslo_month, score, has_follow_up)
            select ?, * from unnest(?::uuid[], ?::timestamptz[], ?::int[], ?::int[], ?::int[], ?::bool[])
            on conflict (gen, id) do nothing""";

    void write(Connection c, int gen) throws SQLException {
        if (!services.isEmpty()) {
            ServiceEventWrites.write(c, gen, services.values());
        }
        if (!healthLines.isEmpty()) {
            var rows = healthLines.entrySet();
            execute(c, HEALTH_LINES, gen,
                    column(c, "varchar", rows, e -> e.getKey().source()),
                    column(c, "uuid", rows, e -> e.getKey().id()),
                    column(c, "varchar", rows, e -> e.getValue().category()),
                    column(c, "varchar", rows, e -> e.getValue().vaccine()),
                    column(c, "varchar", rows, e -> e.getValue().prepStage()));
        }
        if (!inquiries.isEmpty()) {
            var rows = inquiries.entrySet();
            execute(c, INQUIRIES, gen,
                    column(c, "varchar", rows, e -> e.getKey().source()),
                    column(c, "uuid", rows, e -> e.getKey().id()),
                    column(c, "varchar", rows, e -> e.getValue().wouldNotOtherwise()));
        }
        if (!contacts.isEmpty()) {
            Collection<ContactRow> rows = contacts.values();
            execute(c, CONTACTS, gen,
                    column(c, "varchar", rows, r -> r.fact.source()),
                    column(c, "uuid", rows, r -> r.fact.id()),
                    column(c, "varchar", rows, r -> r.recorded ? r.fact.channel() : null),
                    column(c, "int4", rows, r -> r.recorded ? OsloCalendar.date(r.fact.occurredAt()).getYear() : null),
                    column(c, "bool", rows, r -> r.recorded),
                    column(c, "bool", rows, r -> r.voided));
        }
        if (!feedback.isEmpty()) {
            Collection<Fact.FeedbackFact> rows = feedback.values();
            execute(c, FEEDBACK, gen,
                    column(c, "uuid", rows, Fact.FeedbackFact::id),
                    column(c, "varchar", rows, f -> f.occurredAt().toString()),
                    column(c, "int4", rows, f -> OsloCalendar.date(f.occurredAt()).getYear()),
                    column(c, "int4", rows, f -> OsloCalendar.date(f.occurredAt()).getMonthValue()),
                    column(c, "int4", rows, Fact.FeedbackFact::score),
                    column(c, "bool", rows, Fact.FeedbackFact::hasFollowUp));
        }
    }

    private static <T> java.sql.Array column(Connection c, String type, Collection<T> rows, Function<T, Object> value)
            throws SQLException {
        Object[] values = new Object[rows.size()];
        int i = 0;
        for (T row : rows) {
            values[i++] = value.apply(row);
        }
        return c.createArrayOf(type, values);
    }

    private static void execute(Connection c, String sql, int gen, java.sql.Array... columns) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, gen);
            for (int i = 0; i < columns.length; i++) {
                ps.setArray(i + 2, columns[i]);
            }
            ps.executeUpdate();
        }
    }
}
