package no.sentret.outreach.messages;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A conversation known by a pseudonym the worker chose; once linked, its messages belong to the client code. */
@Entity
@Table(name = "conversation")
public class Conversation extends PanacheEntityBase {

    @Id
    public String pseudonym;

    @Column(name = "client_code")
    public String clientCode;

    @Column(name = "linked_at")
    public Instant linkedAt;
}
