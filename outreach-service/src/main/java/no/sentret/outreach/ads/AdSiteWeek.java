package no.sentret.outreach.ads;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.sentret.platform.records.VoidableRecord;

/**
 * The individual ads counted on one site in one ISO week. Voided with a reason, never deleted; a week
 * whose count is voided can be counted again (one count per site and week among those not voided).
 * It names no client (clientCode stays null).
 */
@Entity
@Table(name = "ad_site_week")
public class AdSiteWeek extends VoidableRecord {

    public String site;

    @Column(name = "week_year")
    public int weekYear;

    public int week;

    @Column(name = "ad_count")
    public int adCount;

    IsoWeek isoWeek() {
        return new IsoWeek(weekYear, week);
    }
}
