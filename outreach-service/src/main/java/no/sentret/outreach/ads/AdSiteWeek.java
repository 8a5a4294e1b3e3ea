package no.sentret.outreach.ads;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The individual ads counted on one site in one ISO week. */
@Entity
@Table(name = "ad_site_week")
@IdClass(AdSiteWeek.Key.class)
public class AdSiteWeek extends PanacheEntityBase {

    @Id
    public String site;

    @Id
    @Column(name = "week_year")
    public int weekYear;

    @Id
    public int week;

    @Column(name = "ad_count")
    public int adCount;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public record Key(String site, int weekYear, int week) implements Serializable {
        public Key() {
            this(null, 0, 0);
        }
    }
}
