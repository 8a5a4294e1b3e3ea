package no.sentret.stats.freeze;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.sentret.stats.facts.OsloCalendar;
import no.sentret.stats.ingest.DatabaseErrors;
import org.jboss.logging.Logger;

/**
 * Nightly ({@code sentret.stats.freeze.cron}): freezes every closed year that holds facts and is not
 * frozen yet, oldest first, each in its own transaction ({@link YearFreezer}); then stats' own retention
 * ({@link StatsRetention}). Replicas may all run it: the generation row's lock lets one freeze a year and
 * the others find it frozen. While a rebuild runs nothing is frozen; the next night catches up.
 */
@ApplicationScoped
public class FreezeJob {

    private static final Logger LOG = Logger.getLogger(FreezeJob.class);

    /** every year any fact table has, by the same year each table is counted in */
    private static final String YEARS = """
            select oslo_year from service_event where gen = ? and oslo_year is not null
            union select oslo_year from feedback where gen = ?
            union select oslo_year from outreach_contact where gen = ? and oslo_year is not null
            union select extract(year from shift_date)::int from legal_shift where gen = ?
            union select extract(year from opened_on)::int from legal_case where gen = ? and opened_on is not null
            union select oslo_year from street_shift where gen = ? and oslo_year is not null
            union select oslo_year from assignment where gen = ? and oslo_year is not null
            union select week_year from ad_site_week where gen = ?
            except select year from frozen_year where gen = ?
            order by 1""";

    private final YearFreezer freezer;
    private final StatsRetention retention;
    private final FreezeConfig config;
    private final AgroalDataSource dataSource;

    FreezeJob(YearFreezer freezer, StatsRetention retention, FreezeConfig config, AgroalDataSource dataSource) {
        this.freezer = freezer;
        this.retention = retention;
        this.config = config;
        this.dataSource = dataSource;
    }

    @Scheduled(identity = "stats-freeze", cron = "${sentret.stats.freeze.cron}", timeZone = "Europe/Oslo", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        run(OsloCalendar.date(java.time.Instant.now()));
    }

    /** Freezes the years closed on {@code today} and applies the retention as of then. */
    public void run(LocalDate today) {
        int lastClosed = config.lastClosedYear(today);
        for (int year : unfrozenYears()) {
            if (year > lastClosed) {
                break;
            }
            YearFreezer.Outcome outcome = freezer.freeze(year);
            if (outcome == YearFreezer.Outcome.REBUILD_RUNNING) {
                LOG.infof("a rebuild is running: %d and later are frozen on a later run", year);
                return;
            }
        }
        retention.forgetClientsLastSeenBefore(config.retentionCutoff(today));
    }

    private List<Integer> unfrozenYears() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement gen = c.prepareStatement("select active_gen from stats_generation where id = 1");
             ResultSet g = gen.executeQuery()) {
            g.next();
            int active = g.getInt(1);
            try (PreparedStatement ps = c.prepareStatement(YEARS)) {
                for (int i = 1; i <= 9; i++) {
                    ps.setInt(i, active);
                }
                List<Integer> years = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        years.add(rs.getInt(1));
                    }
                }
                return years;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statistics database unavailable: " + DatabaseErrors.describe(e), e);
        }
    }
}
