package no.sentret.stats.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import no.sentret.stats.report.FactSnapshot;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A year's figures for the reports from this replica's projection (issue 19, step 3: stats README, "The projection"),
 * at least as fresh as the rows the same report reads: before it derives, the feed must have folded every partition as
 * far as the rows' stored offsets in the report's snapshot. The rows answer instead — counted in
 * {@code sentret.stats.projection.fallbacks} — when the projection is off, when the year is frozen (its figures are
 * the frozen copy's), and when the feed does not get that far within {@code sentret.stats.projection.catch-up-wait}.
 */
@ApplicationScoped
public class ProjectedFigures {

    private static final Logger LOG = Logger.getLogger(ProjectedFigures.class);

    private final ProjectionFeed feed;
    private final boolean servesReports;
    private final Duration catchUpWait;
    private final Counter fallbacks;

    public ProjectedFigures(ProjectionFeed feed, MeterRegistry registry,
                            @ConfigProperty(name = "sentret.stats.projection.serves-reports", defaultValue = "true") boolean servesReports,
                            @ConfigProperty(name = "sentret.stats.projection.catch-up-wait", defaultValue = "5s") Duration catchUpWait) {
        this.feed = feed;
        this.servesReports = servesReports;
        this.catchUpWait = catchUpWait;
        this.fallbacks = Counter.builder("sentret.stats.projection.fallbacks")
                .description("reports the rows answered because the projection had not caught up with them in time")
                .register(registry);
    }

    /** The year's figures from the projection, or empty when the rows answer (see the class comment). */
    public Optional<YearFigures.Derived> annual(FactSnapshot.Query q, int year) throws SQLException {
        return years(q, List.of(year)).map(derived -> derived.get(year));
    }

    /**
     * The figures of those of the years that are open, from the projection, by year; empty when the rows answer for
     * every year (the projection off or behind the rows). A frozen year is left out of the map: its figures are the
     * rows' (the frozen copy's), and the caller reads them there.
     */
    public Optional<Map<Integer, YearFigures.Derived>> years(FactSnapshot.Query q, Collection<Integer> years) throws SQLException {
        if (!servesReports || !feed.isRunning()) {
            return Optional.empty();
        }
        Set<Integer> frozen = ClientRows.frozenYears(q);
        if (frozen.containsAll(years)) {
            return Optional.empty();
        }
        Map<TopicPartition, Long> stored = new HashMap<>();
        for (Object[] r : q.rows("select topic, partition_no, next_offset from consumer_offset where gen = :gen")) {
            if (feed.reads((String) r[0])) { // the rows may hold positions of topics no longer configured
                stored.put(new TopicPartition((String) r[0], ((Number) r[1]).intValue()), ((Number) r[2]).longValue());
            }
        }
        if (!feed.awaitReached(stored, catchUpWait)) {
            fallbacks.increment();
            LOG.warnf("the projection has not reached the rows' offsets within %s; the rows answer", catchUpWait);
            return Optional.empty();
        }
        ClientRows clients = ClientRows.read(q);
        List<Integer> open = years.stream().filter(y -> !frozen.contains(y)).toList();
        Map<Integer, YearFigures.Derived> derived = new TreeMap<>();
        // one pass over the state under the read lock (the fold waits for it); the report's records after it
        feed.read(p -> p.figures(open, clients)).forEach((year, figures) -> derived.put(year, figures.derived()));
        return Optional.of(derived);
    }
}
