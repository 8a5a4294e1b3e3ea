package no.sentret.outreach.shifts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A contact on a street shift that named a client code (a merged code is stored as its survivor). */
@Entity
@Table(name = "street_shift_contact")
public class StreetContact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "shift_id")
    public UUID shiftId;

    public int position;

    @Column(name = "client_code")
    public String clientCode;
}
