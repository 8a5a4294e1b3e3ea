package no.sentret.stats.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Disclosure control for one published table. Cells are counts; a constraint says that a total
 * equals the sum of its members (a marginal the reader can use to work out a hidden cell).
 * <ol>
 *   <li>Primary: a count from 1 to threshold-1 is suppressed (0 is published: it identifies nobody).</li>
 *   <li>Secondary: as long as some constraint has exactly one suppressed cell among its total and
 *   members (that cell would be total minus the others), suppress one more member of it: the
 *   smallest published non-zero member, else the smallest published member, else the total.
 *   Repeat until no constraint has exactly one.</li>
 * </ol>
 * With the tables we publish (disjoint member groups sharing at most their total) every
 * constraint then has zero or at least two unknowns, and no suppressed cell can be solved for.
 */
public final class SuppressionTable {

    public static final class Cell {
        final int value;
        boolean suppressed;

        Cell(int value) {
            this.value = value;
        }

        /** @return the count, or null when suppressed */
        public Integer published() {
            return suppressed ? null : value;
        }

        public boolean suppressed() {
            return suppressed;
        }
    }

    private record Constraint(Cell total, List<Cell> members) {
    }

    private final List<Cell> cells = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();

    public Cell cell(int value) {
        Cell c = new Cell(value);
        cells.add(c);
        return c;
    }

    public List<Cell> cells(List<Integer> values) {
        List<Cell> result = new ArrayList<>();
        for (Integer v : values) {
            result.add(cell(v));
        }
        return result;
    }

    /** {@code total} = sum of {@code members}, and the reader sees both (when published). */
    public void sumOf(Cell total, List<Cell> members) {
        if (!members.isEmpty()) {
            constraints.add(new Constraint(total, List.copyOf(members)));
        }
    }

    public void suppress(int threshold) {
        for (Cell c : cells) {
            if (c.value >= 1 && c.value < threshold) {
                c.suppressed = true;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Constraint k : constraints) {
                if (unknowns(k) == 1) {
                    secondary(k).suppressed = true;
                    changed = true;
                }
            }
        }
    }

    private static int unknowns(Constraint k) {
        int n = k.total.suppressed ? 1 : 0;
        for (Cell m : k.members) {
            if (m.suppressed) {
                n++;
            }
        }
        return n;
    }

    private static Cell secondary(Constraint k) {
        Comparator<Cell> smallest = Comparator.comparingInt(c -> c.value);
        return k.members.stream().filter(c -> !c.suppressed && c.value > 0).min(smallest)
                .or(() -> k.members.stream().filter(c -> !c.suppressed).min(smallest))
                .orElse(k.total);
    }
}
