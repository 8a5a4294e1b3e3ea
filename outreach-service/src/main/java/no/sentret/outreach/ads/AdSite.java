package no.sentret.outreach.ads;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An ad site the team watches; the list is the team's own. */
@Entity
@Table(name = "ad_site")
public class AdSite extends PanacheEntityBase {

    @Id
    public String name;
}
