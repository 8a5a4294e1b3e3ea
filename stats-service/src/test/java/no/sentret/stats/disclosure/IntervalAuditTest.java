package no.sentret.stats.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.sentret.stats.disclosure.IntervalAudit.Interval;
import org.junit.jupiter.api.Test;

/** The auditor on systems whose answers are known by hand. */
class IntervalAuditTest {

    @Test
    void twoHiddenCellsBesideAPublishedTotalShareWhatIsLeft() {
        IntervalAudit a = new IntervalAudit(2, 1);
        a.equal(new double[] {1, 1}, 5); // 2 + 3 hidden, total and the rest published
        List<Interval> in = a.intervals();
        assertInterval(1, 4, in.get(0));
        assertInterval(1, 4, in.get(1));
    }

    @Test
    void sevenOnesAddingUpToSevenArePinned() {
        IntervalAudit a = new IntervalAudit(7, 1);
        a.equal(new double[] {1, 1, 1, 1, 1, 1, 1}, 7);
        for (Interval in : a.intervals()) {
            assertInterval(1, 1, in);
            assertEquals(0, in.width());
        }
    }

    @Test
    void aHiddenTotalLeavesItsMembersUnboundedAbove() {
        IntervalAudit a = new IntervalAudit(3, 1);
        a.equal(new double[] {1, 1, -1}, -10); // m1 + m2 + 10 (published) = total (hidden)
        List<Interval> in = a.intervals();
        assertInterval(1, Double.POSITIVE_INFINITY, in.get(0));
        assertInterval(12, Double.POSITIVE_INFINITY, in.get(2));
    }

    @Test
    void twoTablesSharingCellsNarrowWhatEachAloneWouldNot() {
        // rows: x0 + x1 = 6, columns: x0 + x2 = 4 and x1 + x2 = 4 -> x0 = x1 = 3, x2 = 1
        IntervalAudit a = new IntervalAudit(3, 1);
        a.equal(new double[] {1, 1, 0}, 6);
        a.equal(new double[] {1, 0, 1}, 4);
        a.equal(new double[] {0, 1, 1}, 4);
        List<Interval> in = a.intervals();
        assertInterval(3, 3, in.get(0));
        assertInterval(3, 3, in.get(1));
        assertInterval(1, 1, in.get(2));
    }

    @Test
    void aNamedPeakBoundsTheHiddenMonths() {
        IntervalAudit a = new IntervalAudit(2, 1);
        a.equal(new double[] {1, 1}, 10);
        a.atMost(new double[] {1, 0}, 3); // month 0 is at most the published peak of 3
        List<Interval> in = a.intervals();
        assertInterval(1, 3, in.get(0));
        assertInterval(7, 9, in.get(1));
    }

    @Test
    void separateGroupsAreSolvedApart() {
        IntervalAudit a = new IntervalAudit(4, 1);
        a.equal(new double[] {1, 1, 0, 0}, 3);
        a.equal(new double[] {0, 0, 1, 1}, 30);
        List<Interval> in = a.intervals();
        assertInterval(1, 2, in.get(0));
        assertInterval(1, 29, in.get(3));
    }

    @Test
    void contradictoryFiguresAreABugNotAnAnswer() {
        IntervalAudit a = new IntervalAudit(2, 1);
        a.equal(new double[] {1, 1}, 1); // two counts of at least 1 cannot add up to 1
        assertThrows(IllegalStateException.class, a::intervals);
    }

    @Test
    void aFractionalBoundIsRoundedInwards() {
        IntervalAudit a = new IntervalAudit(2, 1);
        a.equal(new double[] {2, 1}, 8); // 2 x0 + x1 = 8: x0 real in [1, 3.5], whole in [1, 3]
        Interval x0 = a.intervals().get(0);
        assertEquals(3.5, x0.high(), 1e-9);
        assertEquals(3, x0.highCount());
        assertTrue(x0.width() == 2);
    }

    private static void assertInterval(double low, double high, Interval in) {
        assertEquals(low, in.lowCount(), "low of " + in);
        assertEquals(high, in.highCount(), "high of " + in);
    }
}
