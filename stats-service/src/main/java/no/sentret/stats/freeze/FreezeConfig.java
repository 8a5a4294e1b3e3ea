package no.sentret.stats.freeze;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;

/**
 * {@code sentret.stats.freeze.*}: when closed years are frozen and how long stats keeps a client code's
 * attributes once none of its events is in an open year.
 */
@ConfigMapping(prefix = "sentret.stats.freeze")
public interface FreezeConfig {

    /**
     * The day of the following year (MM-dd) from which a year counts as closed and is frozen: the annual
     * report is published by then, and nothing of the year is due for deletion anywhere before it.
     */
    @WithDefault("03-01")
    String after();

    /** The job's schedule (Quartz cron in Europe/Oslo, read by {@link FreezeJob}'s annotation); {@code off}: on demand only. */
    @WithDefault("0 30 4 * * ?")
    String cron();

    /** How long after its last event (or its registration) a client row with no event in an open year is kept. */
    @WithDefault("P5Y")
    String clientRetention();

    /** The last year that is closed on {@code today} (Oslo date). */
    default int lastClosedYear(LocalDate today) {
        MonthDay from = MonthDay.parse("--" + after());
        return from.atYear(today.getYear()).isAfter(today) ? today.getYear() - 2 : today.getYear() - 1;
    }

    /** Client rows last dated before this go (see {@link StatsRetention}). */
    default LocalDate retentionCutoff(LocalDate today) {
        return today.minus(Period.parse(clientRetention()));
    }
}
