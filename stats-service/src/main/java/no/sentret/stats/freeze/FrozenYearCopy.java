package no.sentret.stats.freeze;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A rebuild's generation starts with the frozen years copied from the active one as they are (their
 * facts, pseudonyms and the frozen dates kept on real codes); the replay then leaves out every event of
 * those years ({@code facts.FrozenYears}). So a frozen year's figures are the same after any rebuild,
 * whatever the topics, or the services after their retention, still hold.
 */
public final class FrozenYearCopy {

    private record Table(String name, String columns, String frozen) {
    }

    private static final String FROZEN = "(select year from frozen_year where gen = :from)";

    /** Each table, its columns besides gen, and which rows belong to a frozen year (alias t). */
    private static final List<Table> TABLES = List.of(
            new Table("frozen_year", "year, frozen_at", "true"),
            new Table("service_event", "source, id, area, client_code, occurred_at, oslo_date, oslo_year, oslo_month, recorded, voided",
                    "t.oslo_year in " + FROZEN),
            new Table("health_service_line", "source, id, category, vaccine, prep_stage",
                    "exists (select 1 from service_event e where e.gen = t.gen and e.source = t.source and e.id = t.id and e.oslo_year in " + FROZEN + ")"),
            new Table("legal_inquiry", "source, id, would_not_otherwise",
                    "exists (select 1 from service_event e where e.gen = t.gen and e.source = t.source and e.id = t.id and e.oslo_year in " + FROZEN + ")"),
            // the pseudonyms, and the real codes' frozen first and last seen
            new Table("client", "code, first_registered_on, gender, nationality, age_group, frozen_first_seen, frozen_last_seen",
                    // e.gen = :from, not t.gen: a subquery naming the outer row runs once per client row (a scan of
                    // service_event per client: minutes at a few thousand clients); this one runs once, hashed
                    "(t.frozen_first_seen is not null or t.code in (select e.client_code from service_event e "
                            + "where e.gen = :from and e.oslo_year in " + FROZEN + "))"),
            new Table("feedback", "id, occurred_at, oslo_year, oslo_month, score, has_follow_up", "t.oslo_year in " + FROZEN),
            new Table("outreach_contact", "source, id, channel, oslo_year, recorded, voided", "t.oslo_year in " + FROZEN),
            new Table("legal_shift", "id, shift_date, status, lawyer_kind, revision", "extract(year from t.shift_date)::int in " + FROZEN),
            new Table("legal_case", "id, opened_on, area, closed_on, outcome, voided", "extract(year from t.opened_on)::int in " + FROZEN),
            new Table("street_shift", "id, occurred_at, oslo_year, district, workers, contacts, voided", "t.oslo_year in " + FROZEN),
            new Table("street_hand_out", "shift_id, kind, quantity",
                    "exists (select 1 from street_shift s where s.gen = t.gen and s.id = t.shift_id and s.oslo_year in " + FROZEN + ")"),
            new Table("assignment", "id, oslo_year, kind, audience, participants, voided", "t.oslo_year in " + FROZEN),
            new Table("ad_site_week", "id, site, week_year, week, ads, voided", "t.week_year in " + FROZEN));

    private FrozenYearCopy() {
    }

    /** Inside the caller's transaction, which holds the generation row FOR UPDATE (no freeze in between). */
    public static void copy(Connection c, int from, int to) throws SQLException {
        for (String sql : statements(from, to)) {
            YearFreezer.run(c, sql);
        }
    }

    /** The copy's statements, one per table. */
    static List<String> statements(int from, int to) {
        return TABLES.stream().map(t -> "insert into " + t.name() + " (gen, " + t.columns() + ") select " + to + ", " + t.columns()
                + " from " + t.name() + " t where t.gen = " + from + " and " + t.frozen().replace(":from", Integer.toString(from))).toList();
    }
}
