package no.sentret.legal.lawyers;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A lawyer on the roster: the token subject the identity provider gives them, nothing more about the person. */
@Entity
@Table(name = "lawyer")
public class Lawyer extends PanacheEntityBase {

    @Id
    public UUID id;

    public String subject;

    @Enumerated(EnumType.STRING)
    public LawyerKind kind;

    @Column(name = "registered_at")
    public Instant registeredAt;

    /** When the lawyer left the roster; null while on it. The entry stays: records name it. */
    @Column(name = "left_at")
    public Instant leftAt;

    public boolean active() {
        return leftAt == null;
    }

    public static Lawyer bySubject(String subject) {
        return find("subject", subject).firstResult();
    }
}
