package no.sentret.stats.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Disclosure control for one year's published figures. Cells are counts; a constraint says that a
 * total equals the sum of its members (a marginal the reader can use), a bound that every one of
 * some cells is at most (or at least) another (a published peak or lowest month).
 * <ol>
 *   <li>Primary: a count from 1 to threshold-1 is suppressed (0 is published: it identifies nobody).</li>
 *   <li>Secondary: while some constraint has exactly one suppressed cell (it would be the total minus
 *   the others), suppress one more of it. Then audit: for every suppressed cell, the interval of
 *   values consistent with everything published ({@link IntervalAudit}, knowing that a suppressed
 *   count is at least 1) must be at least {@code width} wide and reach the threshold — otherwise
 *   suppress one more cell of a constraint it is in, and audit again.</li>
 * </ol>
 * The cell added is always the smallest published non-zero one (the least information lost), else
 * the total. A zero is never suppressed: hiding it protects nothing, and it lets the reader's lower
 * bound of 1 hold for every hidden cell, so the audit models what the reader knows exactly.
 */
public final class SuppressionTable {

    public static final class Cell {
        final int index;
        final int value;
        boolean suppressed;

        Cell(int index, int value) {
            this.index = index;
            this.value = value;
        }

        /** @return the count, or null when suppressed */
        public Integer published() {
            return suppressed ? null : value;
        }

        public boolean suppressed() {
            return suppressed;
        }

        @Override
        public String toString() {
            return "cell " + index + " = " + value + (suppressed ? " (suppressed)" : "");
        }
    }

    private record Constraint(Cell total, List<Cell> members) {

        Stream<Cell> all() {
            return Stream.concat(Stream.of(total), members.stream());
        }
    }

    /** Every cell in {@code cells} is at most (upper) or at least (lower) {@code bound}; known to the reader while the bound is published. */
    private record Bound(Cell bound, List<Cell> cells, boolean upper) {
    }

    private final List<Cell> cells = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private final List<Bound> bounds = new ArrayList<>();

    public Cell cell(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("a count is never negative: " + value);
        }
        Cell c = new Cell(cells.size(), value);
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

    /** The reader knows that none of {@code cells} exceeds {@code max} (e.g. the peak month is named). */
    public void noneAbove(Cell max, List<Cell> cells) {
        bounds.add(new Bound(max, List.copyOf(cells), true));
    }

    /** The reader knows that none of {@code cells} is below {@code min} (e.g. the lowest month is named). */
    public void noneBelow(Cell min, List<Cell> cells) {
        bounds.add(new Bound(min, List.copyOf(cells), false));
    }

    /**
     * @param threshold counts from 1 to threshold-1 are hidden
     * @param width     the narrowest interval a reader may be left with for a hidden count
     */
    public void suppress(int threshold, int width) {
        for (Cell c : cells) {
            if (c.value >= 1 && c.value < threshold) {
                c.suppressed = true;
            }
        }
        while (true) {
            closeSingles();
            Optional<Cell> exposed = firstExposed(threshold, width);
            if (exposed.isEmpty()) {
                return;
            }
            protect(exposed.get());
        }
    }

    /** The reader's view of the suppressed cells, for tests and for the audit below. */
    public IntervalAudit audit() {
        List<Cell> hidden = cells.stream().filter(c -> c.suppressed).toList();
        IntervalAudit audit = new IntervalAudit(hidden.size(), 1);
        for (Constraint k : constraints) {
            double[] row = new double[hidden.size()];
            double rhs = 0;
            boolean any = false;
            for (Cell m : k.members) {
                if (m.suppressed) {
                    row[hidden.indexOf(m)] += 1;
                    any = true;
                } else {
                    rhs -= m.value;
                }
            }
            if (k.total.suppressed) {
                row[hidden.indexOf(k.total)] -= 1;
                any = true;
            } else {
                rhs += k.total.value;
            }
            if (any) {
                audit.equal(row, rhs);
            }
        }
        for (Bound b : bounds) {
            if (b.bound.suppressed) {
                continue; // a withheld peak or lowest names no month: it says nothing
            }
            for (Cell c : b.cells) {
                if (c.suppressed) {
                    double[] row = new double[hidden.size()];
                    row[hidden.indexOf(c)] = 1;
                    if (b.upper) {
                        audit.atMost(row, b.bound.value);
                    } else {
                        audit.atLeast(row, b.bound.value);
                    }
                }
            }
        }
        return audit;
    }

    public List<Cell> suppressedCells() {
        return cells.stream().filter(c -> c.suppressed).toList();
    }

    private void closeSingles() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Constraint k : constraints) {
                if (k.all().filter(c -> c.suppressed).count() == 1) {
                    additional(Stream.of(k)).orElseThrow(() -> new IllegalStateException("a lone hidden cell in " + k
                            + " with nothing to suppress beside it")).suppressed = true;
                    changed = true;
                }
            }
        }
    }

    private Optional<Cell> firstExposed(int threshold, int width) {
        List<Cell> hidden = suppressedCells();
        if (hidden.isEmpty()) {
            return Optional.empty();
        }
        List<IntervalAudit.Interval> intervals = audit().intervals();
        for (int i = 0; i < hidden.size(); i++) {
            IntervalAudit.Interval in = intervals.get(i);
            if (in.width() < width || in.highCount() < threshold) {
                return Optional.of(hidden.get(i));
            }
        }
        return Optional.empty();
    }

    /** Suppress one more cell of a constraint {@code exposed} is in; failing that, of any constraint with a hidden cell. */
    private void protect(Cell exposed) {
        Cell more = additional(constraints.stream().filter(k -> k.all().anyMatch(c -> c == exposed)))
                .or(() -> additional(constraints.stream().filter(k -> k.all().anyMatch(c -> c.suppressed))))
                .orElseThrow(() -> new IllegalStateException("nothing left to suppress to protect " + exposed));
        more.suppressed = true;
    }

    /** The smallest published non-zero member of the constraints, else the smallest published non-zero total. */
    private static Optional<Cell> additional(Stream<Constraint> candidates) {
        List<Constraint> ks = candidates.toList();
        Comparator<Cell> smallest = Comparator.comparingInt(c -> c.value);
        return ks.stream().flatMap(k -> k.members.stream()).filter(c -> !c.suppressed && c.value > 0).min(smallest)
                .or(() -> ks.stream().map(Constraint::total).filter(c -> !c.suppressed && c.value > 0).min(smallest));
    }
}
