package no.sentret.visit.clients;

import no.sentret.platform.records.AgeGroup;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import java.time.LocalDate;
import java.util.List;

/** A pseudonymous client: a code and coarse categories, nothing that identifies a person. */
@Entity
@Table(name = "client")
public class Client extends PanacheEntityBase {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    /** ISO 3166 alpha-2; null = unknown. */
    public String nationality;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_group")
    public AgeGroup ageGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_of_origin")
    public RegionOfOrigin regionOfOrigin;

    /** ISO 639-1; null = not stated. */
    @Column(name = "preferred_language")
    public String preferredLanguage;

    @Column(name = "first_registered_on")
    public LocalDate firstRegisteredOn;

    /**
     * A clinician asked the front desk to invite this client to see the health team (health-events,
     * read by invitations.HealthInvitationFeed), under this code or a code merged into it.
     */
    @Formula("(exists (select 1 from health_team_invitation h where h.client_code = code"
            + " or h.client_code in (select m.code from client m where m.merged_into = code)))")
    public boolean askToSeeHealthTeam;

    /** Set when this registration was a duplicate folded into another code. */
    @Column(name = "merged_into")
    public String mergedInto;

    public boolean isRetired() {
        return mergedInto != null;
    }

    /** Active clients whose own code, or a code merged into them, starts with {@code prefix}. */
    public static List<Client> byCodePrefix(String prefix, int limit) {
        return find("""
                code in (select coalesce(c.mergedInto, c.code) from Client c where c.code like ?1)
                and mergedInto is null order by code""", prefix + "%")
                .page(0, limit).list();
    }

    /** This client's code and every code merged into it: the codes its records may carry. */
    public static List<String> codesOf(String survivingCode) {
        return getEntityManager()
                .createQuery("select c.code from Client c where c.code = ?1 or c.mergedInto = ?1", String.class)
                .setParameter(1, survivingCode)
                .getResultList();
    }
}
