package no.sentret.legal.lawyers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import no.sentret.legal.shifts.Shift;
import no.sentret.legal.shifts.ShiftStatus;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.CentreTime;

/**
 * A lawyer leaves the roster: the entry stays (records name it) with the day they left; they can no
 * longer be planned or record. The planned shifts they hold from today on must go to another lawyer
 * in the same step (reassignTo), or the leave is refused: a shift is never left without a lawyer.
 * Earlier shifts still PLANNED keep their lawyer, who held them; their outcome is set as usual.
 */
@ApplicationScoped
public class Leaving {

    private final Roster roster;

    public Leaving(Roster roster) {
        this.roster = roster;
    }

    @Transactional
    public Lawyer leave(UUID id, LeaveRosterRequest request) {
        Lawyer l = Lawyer.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (l == null) {
            throw ProblemException.notFound("id", "no lawyer on the roster has this id");
        }
        if (!l.active()) {
            throw ProblemException.conflict("id", "this lawyer has already left the roster");
        }
        List<Shift> ahead = Shift.find("lawyerId = ?1 and status = ?2 and date >= ?3", l.id, ShiftStatus.PLANNED, CentreTime.today())
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        UUID to = request == null ? null : request.reassignTo();
        if (to != null) {
            if (to.equals(l.id)) {
                throw ProblemException.invalid("reassignTo", "must be another lawyer than the one leaving");
            }
            Lawyer taker = roster.referenced(to, "reassignTo");
            ahead.forEach(s -> s.lawyerId = taker.id);
        } else if (!ahead.isEmpty()) {
            throw ProblemException.conflict("reassignTo", "the lawyer holds " + ahead.size()
                    + " planned shift(s) from today on: name the lawyer who takes them, or give them to substitutes first");
        }
        l.leftAt = CentreTime.now();
        return l;
    }
}
