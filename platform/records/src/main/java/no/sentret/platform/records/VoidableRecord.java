package no.sentret.platform.records;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import no.sentret.platform.problem.ProblemException;

/**
 * A service record (visit, consultation) that is corrected by voiding it with a reason, never by
 * deleting it: the statistics consumers cancel it by id from the matching *Voided event.
 */
@MappedSuperclass
public abstract class VoidableRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The code the record was made under (null = anonymous); it stays, so all its events share one key. */
    @Column(name = "client_code")
    public String clientCode;

    @Column(name = "voided_at")
    public Instant voidedAt;

    @Column(name = "void_reason")
    public String voidReason;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** @return {@code found}, or a 404 naming {@code id} when there is no such record */
    public static <E extends VoidableRecord> E required(E found, String what) {
        if (found == null) {
            throw ProblemException.notFound("id", "no " + what + " has this id");
        }
        return found;
    }

    public boolean isVoided() {
        return voidedAt != null;
    }

    public void voidWith(String reason) {
        if (isVoided()) {
            throw ProblemException.conflict("id", "is already voided");
        }
        voidedAt = CentreTime.now();
        voidReason = reason;
    }
}
