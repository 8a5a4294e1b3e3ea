package no.sentret.stats.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import no.sentret.stats.disclosure.SuppressionTable.Cell;
import org.junit.jupiter.api.Test;

/**
 * Suppression against the interval attack, checked by brute force: for small tables every whole-number
 * assignment of the hidden cells (each at least 1) that agrees with the published figures is
 * enumerated, independently of the linear programmes, and no hidden cell may be left with fewer than
 * {@code WIDTH} + 1 possible values or be pinned below the threshold.
 */
class SuppressionTableTest {

    static final int THRESHOLD = 3;
    static final int WIDTH = 3;

    @Test
    void aYearOfSevenUsersOfSevenNationalitiesHidesTheTotalToo() {
        // the attack: total 7 published, all seven nationalities of 1 hidden -> each exactly 1
        SuppressionTable t = new SuppressionTable();
        Cell users = t.cell(7);
        List<Integer> nationalities = new ArrayList<>(Collections.nCopies(7, 1));
        nationalities.addAll(Collections.nCopies(20, 0)); // the rest of the fixed list, published as 0
        List<Cell> n = t.cells(nationalities);
        t.sumOf(users, n);
        List<Cell> gender = t.cells(List.of(4, 3, 0));
        t.sumOf(users, gender);
        t.suppress(THRESHOLD, WIDTH);

        assertTrue(users.suppressed(), "the total would pin every hidden nationality at 1");
        assertTrue(n.subList(7, 27).stream().noneMatch(Cell::suppressed), "zeros are published");
        assertSafeByEnumeration(t, List.of(new Group(users, n), new Group(users, gender)));
    }

    @Test
    void oneNationalityOfTwoAmongManyOfThree() {
        SuppressionTable t = new SuppressionTable();
        List<Integer> values = new ArrayList<>(List.of(2));
        values.addAll(Collections.nCopies(8, 3));
        Cell users = t.cell(values.stream().mapToInt(Integer::intValue).sum());
        List<Cell> n = t.cells(values);
        t.sumOf(users, n);
        t.suppress(THRESHOLD, WIDTH);

        assertTrue(n.get(0).suppressed());
        assertEquals(2, t.suppressedCells().size(), "the 2 and one 3 hidden together leave 1..4 each: wide enough");
        assertFalse(users.suppressed());
        assertSafeByEnumeration(t, List.of(new Group(users, n)));
    }

    @Test
    void twoSmallCellsWithASmallRemainderTakeALargerOneAlong() {
        // 1 + 2 hidden beside published 10 and 20: the two add up to 3 -> each in 1..2, too narrow
        SuppressionTable t = new SuppressionTable();
        Cell total = t.cell(33);
        List<Cell> m = t.cells(List.of(1, 2, 10, 20));
        t.sumOf(total, m);
        t.suppress(THRESHOLD, WIDTH);
        assertTrue(m.get(2).suppressed(), "the smallest published non-zero member joins them");
        assertFalse(m.get(3).suppressed());
        assertSafeByEnumeration(t, List.of(new Group(total, m)));
    }

    @Test
    void aNamedPeakIsKnowledgeTheAuditUses() {
        // hidden months 1 and 2 add up to 20 - (published) ; the named peak of 5 bounds both
        SuppressionTable t = new SuppressionTable();
        Cell sum = t.cell(16);
        List<Cell> months = t.cells(List.of(5, 1, 2, 4, 4));
        t.sumOf(sum, months);
        t.noneAbove(months.get(0), months);
        t.suppress(THRESHOLD, WIDTH);
        for (IntervalAudit.Interval in : t.audit().intervals()) {
            assertTrue(in.width() >= WIDTH && in.highCount() >= THRESHOLD, in.toString());
            assertTrue(in.highCount() <= 5, "the peak bounds every hidden month: " + in);
        }
    }

    @Test
    void randomTablesLeaveEveryHiddenCellWideByEnumeration() {
        Random rnd = new Random(18);
        int extra = 0;
        for (int n = 0; n < 300; n++) {
            SuppressionTable t = new SuppressionTable();
            int total = 1 + rnd.nextInt(14);
            Cell totalCell = t.cell(total);
            List<Group> groups = new ArrayList<>();
            int g = 1 + rnd.nextInt(2);
            for (int i = 0; i < g; i++) {
                List<Cell> members = t.cells(partition(rnd, total, 2 + rnd.nextInt(3)));
                t.sumOf(totalCell, members);
                groups.add(new Group(totalCell, members));
            }
            t.suppress(THRESHOLD, WIDTH);
            if (t.suppressedCells().size() > 4) {
                continue; // enumeration too large; the annual tables are audited by the service test
            }
            extra += (int) t.suppressedCells().stream().filter(c -> c.value >= THRESHOLD).count();
            assertSafeByEnumeration(t, groups);
        }
        assertTrue(extra > 50, "the random tables needed more than primary suppression: " + extra);
    }

    record Group(Cell total, List<Cell> members) {
    }

    /** Enumerates the hidden cells' whole values (1..bound) that fit every group; checks each one's spread. */
    private static void assertSafeByEnumeration(SuppressionTable t, List<Group> groups) {
        List<Cell> hidden = t.suppressedCells();
        for (Cell c : hidden) {
            assertFalse(c.value == 0, "a zero is never hidden");
        }
        for (Group gr : groups) {
            for (Cell c : gr.members()) {
                if (!c.suppressed()) {
                    assertFalse(c.value >= 1 && c.value < THRESHOLD, "a small count was published: " + c);
                }
            }
        }
        if (hidden.size() > 4) {
            // too many to enumerate: the auditor's own intervals (tested against known answers)
            for (IntervalAudit.Interval in : t.audit().intervals()) {
                assertTrue(in.width() >= WIDTH && in.highCount() >= THRESHOLD, "a hidden cell is pinned to " + in);
            }
            return;
        }
        // no hidden count can exceed the largest total in these tables unless that total is hidden too,
        // in which case it is unbounded: twice the largest count and a bit is far enough to tell
        int bound = 2 * groups.stream().mapToInt(g -> g.total().value).max().orElse(0) + 2 * WIDTH;
        int[] min = new int[hidden.size()];
        int[] max = new int[hidden.size()];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        int[] x = new int[hidden.size()];
        java.util.Arrays.fill(x, 1);
        int solutions = 0;
        while (true) {
            if (fits(hidden, x, groups)) {
                solutions++;
                for (int i = 0; i < x.length; i++) {
                    min[i] = Math.min(min[i], x[i]);
                    max[i] = Math.max(max[i], x[i]);
                }
            }
            int i = 0;
            while (i < x.length && ++x[i] > bound) {
                x[i] = 1;
                i++;
            }
            if (i == x.length) {
                break;
            }
        }
        if (hidden.isEmpty()) {
            return;
        }
        assertTrue(solutions > 0, "the truth itself fits");
        for (int i = 0; i < hidden.size(); i++) {
            assertTrue(max[i] - min[i] >= WIDTH, hidden.get(i) + " can only be " + min[i] + ".." + max[i]);
            assertTrue(max[i] >= THRESHOLD, hidden.get(i) + " is pinned below the threshold: " + min[i] + ".." + max[i]);
        }
    }

    private static boolean fits(List<Cell> hidden, int[] x, List<Group> groups) {
        for (Group g : groups) {
            int sum = 0;
            for (Cell m : g.members()) {
                sum += value(hidden, x, m);
            }
            if (sum != value(hidden, x, g.total())) {
                return false;
            }
        }
        return true;
    }

    private static int value(List<Cell> hidden, int[] x, Cell c) {
        int i = hidden.indexOf(c);
        return i < 0 ? c.value : x[i];
    }

    private static List<Integer> partition(Random rnd, int total, int parts) {
        List<Integer> values = new ArrayList<>();
        int left = total;
        for (int i = 0; i < parts - 1; i++) {
            int v = rnd.nextInt(left + 1) / (rnd.nextBoolean() ? 1 : 3);
            values.add(v);
            left -= v;
        }
        values.add(left);
        return values;
    }

    @Test
    void nothingSmallNothingHidden() {
        SuppressionTable t = new SuppressionTable();
        Cell total = t.cell(30);
        t.sumOf(total, t.cells(List.of(10, 20, 0)));
        t.suppress(THRESHOLD, WIDTH);
        assertTrue(t.suppressedCells().isEmpty());
    }
}
