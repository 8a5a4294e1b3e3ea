package no.sentret.outreach.shifts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.sentret.outreach.common.District;
import no.sentret.platform.records.VoidableRecord;

/** A street-outreach shift: where (coarse), how many workers and contacts, what was handed out. Voided with a reason, never deleted; it names no client (clientCode stays null). */
@Entity
@Table(name = "street_shift")
public class StreetShift extends VoidableRecord {

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Enumerated(EnumType.STRING)
    public District district;

    public int workers;

    public int contacts;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "street_shift_hand_out", joinColumns = @JoinColumn(name = "shift_id"))
    @OrderColumn(name = "position")
    public List<HandOut> handOuts = new ArrayList<>();
}
