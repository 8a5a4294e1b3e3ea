package no.sentret.stats.freeze;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import no.sentret.stats.ingest.DatabaseErrors;
import org.jboss.logging.Logger;

/**
 * Stats' own retention: the client codes it holds only for events that are all in frozen years go.
 * A person's {@code client} rows and {@code client_alias} rows are deleted when no service event refers to
 * any of their codes any more (every event is in a frozen year, under a pseudonym) and the person was last
 * seen (the latest registration date or last event in a frozen year) before the cutoff.
 * <p>
 * Why a period and not at once: a person seen in December and not again before the year is frozen in
 * March is an ordinary client; if they come back in April, their attributes and first seen must still be
 * here, or they would count as a new user of unknown gender and nationality. The default (5 years,
 * {@code sentret.stats.freeze.client-retention}) is visit-service's own retention of a client record.
 * Codes in {@code erased_client} stay: they are what unlinks a late event of an erased client.
 */
@ApplicationScoped
public class StatsRetention {

    private static final Logger LOG = Logger.getLogger(StatsRetention.class);

    private final AgroalDataSource dataSource;

    StatsRetention(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return how many client rows went */
    public int forgetClientsLastSeenBefore(LocalDate cutoff) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int deleted = forget(c, cutoff);
                c.commit();
                if (deleted > 0) {
                    LOG.infof("stats retention: %d client rows with no event in an open year, last seen before %s, deleted",
                            deleted, cutoff);
                }
                return deleted;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("stats retention failed: " + DatabaseErrors.describe(e), e);
        }
    }

    private static int forget(Connection c, LocalDate cutoff) throws SQLException {
        int gen;
        // the generation row FOR UPDATE: between two live batches, and never during a rebuild (whose copy of
        // the frozen years' client rows would otherwise differ from what the active generation keeps)
        try (var ps = c.prepareStatement("select active_gen, rebuilding_gen from stats_generation where id = 1 for update");
             var rs = ps.executeQuery()) {
            rs.next();
            gen = rs.getInt(1);
            rs.getInt(2);
            if (!rs.wasNull()) {
                return 0;
            }
        }
        YearFreezer.run(c, """
                create temp table retention_code (code varchar(64) collate "C" not null, canon varchar(64) collate "C" not null) on commit drop;
                create temp table retention_gone (canon varchar(64) collate "C" primary key) on commit drop""");
        YearFreezer.run(c, """
                insert into retention_code (code, canon)
                select k.code, coalesce(a.surviving_code, k.code) from client k
                    left join client_alias a on a.gen = k.gen and a.merged_code = k.code where k.gen = ?
                union select a.merged_code, a.surviving_code from client_alias a where a.gen = ?
                union select a.surviving_code, a.surviving_code from client_alias a where a.gen = ?""", gen, gen, gen);
        // greatest() and max() skip nulls; a person with no date at all is kept (nothing says they are old)
        YearFreezer.run(c, """
                insert into retention_gone (canon)
                select r.canon from retention_code r left join client k on k.gen = ? and k.code = r.code
                where r.canon not in (select r2.canon from retention_code r2
                                      join service_event e on e.gen = ? and e.client_code = r2.code)
                group by r.canon
                having max(greatest(k.first_registered_on, k.frozen_last_seen)) < ?""", gen, gen, Date.valueOf(cutoff));
        int deleted = YearFreezer.run(c, """
                delete from client k using retention_code r join retention_gone g on g.canon = r.canon
                where k.gen = ? and k.code = r.code""", gen);
        YearFreezer.run(c, "delete from client_alias a using retention_gone g where a.gen = ? and a.surviving_code = g.canon", gen);
        return deleted;
    }
}
