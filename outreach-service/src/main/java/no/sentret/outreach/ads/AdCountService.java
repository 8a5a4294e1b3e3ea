package no.sentret.outreach.ads;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.DomainEvents;
import no.sentret.platform.records.VoidableRecord;

@ApplicationScoped
public class AdCountService {

    private final DomainEvents events;

    public AdCountService(DomainEvents events) {
        this.events = events;
    }

    @Transactional
    public List<String> sites() {
        return AdSite.<AdSite>list("order by name").stream().map(s -> s.name).toList();
    }

    /** @return false when the team already keeps the site */
    @Transactional
    public boolean addSite(String name) {
        int inserted = AdSite.getEntityManager().createNativeQuery("insert into ad_site (name) values (?1) on conflict do nothing")
                .setParameter(1, name.strip()).executeUpdate();
        return inserted == 1;
    }

    @Transactional
    public AdCountView record(RecordAdCountRequest request) {
        IsoWeek week = IsoWeek.parse(request.week(), "week"); // a malformed week is a 400 whichever site it names
        if (AdSite.findById(request.site()) == null) {
            throw ProblemException.unprocessable("site", "is not one of the team's ad sites (add it with POST /outreach/ad-sites)");
        }
        if (week.monday().isAfter(CentreTime.today())) {
            throw ProblemException.invalid("week", "must not be in the future");
        }
        UUID id = UUID.randomUUID();
        // one count per site and week among those not voided (a partial unique index): concurrent counts meet on the insert
        int inserted = AdSiteWeek.getEntityManager().createNativeQuery(
                        "insert into ad_site_week (id, site, week_year, week, ad_count) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, id).setParameter(2, request.site()).setParameter(3, week.year()).setParameter(4, week.week())
                .setParameter(5, request.count())
                .executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("week", "this site's week is already counted (void that count to count it again)");
        }
        events.append(new AdSiteWeekCounted(id, request.site(), week.toString(), request.count()), null, CentreTime.startOf(week.monday()));
        return new AdCountView(id, request.site(), week.toString(), request.count(), false, null);
    }

    /** Voids a count recorded by mistake; the week may then be counted again. AdSiteWeekVoided cancels it by id. */
    @Transactional
    public AdCountView voidCount(UUID id, String reason) {
        AdSiteWeek w = VoidableRecord.required(AdSiteWeek.findById(id, LockModeType.PESSIMISTIC_WRITE), "ad count");
        w.voidWith(reason);
        events.append(new AdSiteWeekVoided(w.id, w.site, w.isoWeek().toString()), null, w.voidedAt);
        return AdCountView.of(w);
    }

    /** The counted weeks of {@code year} on {@code site}, each beside the same week number of the year before. */
    @Transactional
    public AdSeriesView series(String site, String yearText) {
        int year;
        try {
            year = Integer.parseInt(yearText == null ? "" : yearText);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("year", "must be a year such as 2022");
        }
        if (year < 2001 || year > 9999) {
            throw ProblemException.invalid("year", "must be a year such as 2022");
        }
        // the year is checked first: a malformed query is a 400 whichever site it names
        if (site == null || site.length() > 60 || AdSite.findById(site) == null) {
            throw ProblemException.notFound("site", "is not one of the team's ad sites");
        }
        Map<Integer, Integer> previous = new HashMap<>();
        for (AdSiteWeek w : AdSiteWeek.<AdSiteWeek>list("site = ?1 and weekYear = ?2 and voidedAt is null", site, year - 1)) {
            previous.put(w.week, w.adCount);
        }
        List<AdSeriesView.Week> weeks = AdSiteWeek.<AdSiteWeek>list("site = ?1 and weekYear = ?2 and voidedAt is null order by week", site, year)
                .stream().map(w -> week(w, previous.get(w.week))).toList();
        return new AdSeriesView(site, year, weeks);
    }

    private static AdSeriesView.Week week(AdSiteWeek w, Integer before) {
        int count = w.adCount;
        Integer change = before == null ? null : count - before;
        Double percent = before == null || before == 0 ? null
                : BigDecimal.valueOf(change * 100L).divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP).doubleValue();
        return new AdSeriesView.Week(w.id, w.isoWeek().toString(), count, before, change, percent);
    }
}
