package no.sentret.stats.freeze;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.sentret.stats.ingest.DatabaseErrors;
import org.jboss.logging.Logger;

/**
 * Freezes one year of the active generation in one transaction: every person (alias root) with a
 * service event in the year gets a pseudonym for that year only ({@code Y2023-<uuid>}); the year's
 * service events take it; a client row under the pseudonym holds the person's attributes and, as its
 * registration date, the person's first seen (the earliest registration or counted event of any of their
 * codes, in any year, frozen ones included), so "new users" of the year stays the same. The person's
 * real code keeps the year's first and last date ({@code client.frozen_first_seen/_last_seen}) for the
 * later years' "new users" and for stats' retention. Every figure of the year is unchanged (the same
 * events share a pseudonym that shared a person, with the same attributes); the year no longer holds a
 * client code, nor links a person across years. From then on its events are left out, live or replayed
 * ({@code facts.FrozenYears}).
 * <p>
 * The transaction takes the generation row {@code FOR UPDATE}: a live batch (which holds it
 * {@code FOR SHARE}) commits before or after, never around, a freeze. No freeze while a rebuild runs:
 * the generation being rebuilt would not have the year frozen.
 */
@ApplicationScoped
public class YearFreezer {

    private static final Logger LOG = Logger.getLogger(YearFreezer.class);

    public enum Outcome { FROZEN, ALREADY_FROZEN, REBUILD_RUNNING }

    public record FrozenYear(int year, Instant frozenAt) {
    }

    private final AgroalDataSource dataSource;

    YearFreezer(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Outcome freeze(int year) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Outcome outcome = freeze(c, year);
                c.commit();
                return outcome;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not freeze " + year + ": " + DatabaseErrors.describe(e), e);
        }
    }

    public List<FrozenYear> frozenYears() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     select f.year, f.frozen_at from frozen_year f join stats_generation g on g.id = 1 and f.gen = g.active_gen
                     order by f.year""");
             ResultSet rs = ps.executeQuery()) {
            List<FrozenYear> years = new ArrayList<>();
            while (rs.next()) {
                years.add(new FrozenYear(rs.getInt(1), rs.getTimestamp(2).toInstant()));
            }
            return years;
        } catch (SQLException e) {
            throw new IllegalStateException("statistics database unavailable: " + DatabaseErrors.describe(e), e);
        }
    }

    private static Outcome freeze(Connection c, int year) throws SQLException {
        int gen;
        try (PreparedStatement ps = c.prepareStatement("select active_gen, rebuilding_gen from stats_generation where id = 1 for update");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            gen = rs.getInt(1);
            rs.getInt(2);
            if (!rs.wasNull()) {
                return Outcome.REBUILD_RUNNING;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select 1 from frozen_year where gen = ? and year = ?")) {
            ps.setInt(1, gen);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return Outcome.ALREADY_FROZEN;
                }
            }
        }
        // the persons of the year and a pseudonym each
        // temporary tables filled by inserts (CREATE TABLE AS takes no bind parameters); codes compare byte-wise
        // as the tables' own do since V9, so their keys' indexes serve the joins
        run(c, """
                create temp table freeze_person (canon varchar(64) collate "C" primary key, pseudonym varchar(64) not null) on commit drop;
                create temp table freeze_code (canon varchar(64) collate "C" not null, code varchar(64) collate "C" not null) on commit drop;
                create temp table freeze_seen (canon varchar(64) collate "C" primary key, pseudonym varchar(64) not null, first_seen date,
                    first_in_year date, last_in_year date) on commit drop""");
        run(c, """
                insert into freeze_person (canon, pseudonym)
                select canon, 'Y' || ?::int || '-' || gen_random_uuid() as pseudonym from (
                    select distinct coalesce(a.surviving_code, e.client_code) as canon
                    from service_event e left join client_alias a on a.gen = e.gen and a.merged_code = e.client_code
                    where e.gen = ? and e.oslo_year = ? and e.client_code is not null) p""", year, gen, year);
        // every code of each person: the root and the codes merged into it
        run(c, """
                insert into freeze_code (canon, code)
                select canon, canon as code from freeze_person
                union select p.canon, a.merged_code from freeze_person p join client_alias a on a.gen = ? and a.surviving_code = p.canon""",
                gen);
        run(c, """
                insert into freeze_seen (canon, pseudonym, first_seen, first_in_year, last_in_year)
                select p.canon, p.pseudonym,
                    least((select min(least(k.first_registered_on, k.frozen_first_seen)) from freeze_code fc
                               join client k on k.gen = ? and k.code = fc.code where fc.canon = p.canon),
                          (select min(e.oslo_date) from freeze_code fc join service_event e on e.gen = ? and e.client_code = fc.code
                               where fc.canon = p.canon and e.recorded and not e.voided)) as first_seen,
                    (select min(e.oslo_date) from freeze_code fc join service_event e on e.gen = ? and e.client_code = fc.code
                         where fc.canon = p.canon and e.recorded and not e.voided and e.oslo_year = ?) as first_in_year,
                    (select max(e.oslo_date) from freeze_code fc join service_event e on e.gen = ? and e.client_code = fc.code
                         where fc.canon = p.canon and e.recorded and not e.voided and e.oslo_year = ?) as last_in_year
                from freeze_person p""", gen, gen, gen, year, gen, year);
        // the pseudonym's row: the attributes the person is counted with (their root code's), first seen as registration
        run(c, """
                insert into client (gen, code, first_registered_on, gender, nationality, age_group)
                select ?, s.pseudonym, s.first_seen, k.gender, k.nationality, k.age_group
                from freeze_seen s left join client k on k.gen = ? and k.code = s.canon""", gen, gen);
        // what later years still need to know about the real code: when it was seen in frozen years
        run(c, """
                insert into client as k (gen, code, frozen_first_seen, frozen_last_seen)
                select ?, canon, first_in_year, last_in_year from freeze_seen where first_in_year is not null
                on conflict (gen, code) do update set
                    frozen_first_seen = least(k.frozen_first_seen, excluded.frozen_first_seen),
                    frozen_last_seen = greatest(k.frozen_last_seen, excluded.frozen_last_seen)""", gen);
        int rekeyed = run(c, """
                update service_event e set client_code = s.pseudonym
                from freeze_code fc join freeze_seen s on s.canon = fc.canon
                where e.gen = ? and e.oslo_year = ? and e.client_code = fc.code""", gen, year);
        run(c, "insert into frozen_year (gen, year, frozen_at) values (?, ?, now())", gen, year);
        LOG.infof("froze %d: %d service events re-keyed to year-only pseudonyms", year, rekeyed);
        return Outcome.FROZEN;
    }

    static int run(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }
}
