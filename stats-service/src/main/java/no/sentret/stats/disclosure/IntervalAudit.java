package no.sentret.stats.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * What a reader can pin down about hidden counts: the unknowns x_0..x_n-1 (the suppressed cells),
 * what the published figures say about them (linear equations and inequalities), and a lower bound
 * every hidden count is known to respect. For each unknown the smallest and largest value consistent
 * with all of it — two linear programmes per unknown, solved per connected group of unknowns so each
 * programme stays small.
 */
public final class IntervalAudit {

    /** The values an unknown can take; {@code high} is infinite when nothing bounds it from above. */
    public record Interval(double low, double high) {

        /** The integer values: a count is whole, so the reader rounds inwards. */
        public long lowCount() {
            return (long) Math.ceil(low - 1e-6);
        }

        public double highCount() {
            return Double.isInfinite(high) ? high : Math.floor(high + 1e-6);
        }

        public double width() {
            return highCount() - lowCount();
        }
    }

    private enum Relationship { EQ, LEQ, GEQ }

    /** {@code sum(coefficients[i] * x_i) relationship rhs}, over all unknowns. */
    private record Row(double[] coefficients, Relationship relationship, double rhs) {
    }

    private final int unknowns;
    private final double lowerBound;
    private final List<Row> rows = new ArrayList<>();

    public IntervalAudit(int unknowns, double lowerBound) {
        this.unknowns = unknowns;
        this.lowerBound = lowerBound;
    }

    public void equal(double[] coefficients, double rhs) {
        add(coefficients, Relationship.EQ, rhs);
    }

    public void atMost(double[] coefficients, double rhs) {
        add(coefficients, Relationship.LEQ, rhs);
    }

    public void atLeast(double[] coefficients, double rhs) {
        add(coefficients, Relationship.GEQ, rhs);
    }

    private void add(double[] coefficients, Relationship relationship, double rhs) {
        if (coefficients.length != unknowns) {
            throw new IllegalArgumentException("a row has " + coefficients.length + " coefficients for " + unknowns + " unknowns");
        }
        rows.add(new Row(coefficients.clone(), relationship, rhs));
    }

    /**
     * @return each unknown's interval, in order
     * @throws IllegalStateException when the published figures contradict each other (a bug upstream)
     */
    public List<Interval> intervals() {
        Interval[] result = new Interval[unknowns];
        for (int[] group : groups()) {
            List<Row> groupRows = rowsOf(group);
            for (int k = 0; k < group.length; k++) {
                double low = solve(group, groupRows, k, false);
                double high = solve(group, groupRows, k, true);
                result[group[k]] = new Interval(low, high);
            }
        }
        return Arrays.asList(result);
    }

    /** Unknowns connected through a row with both in it; a row's other unknowns do not bound one alone. */
    private List<int[]> groups() {
        int[] parent = new int[unknowns];
        for (int i = 0; i < unknowns; i++) {
            parent[i] = i;
        }
        for (Row r : rows) {
            int first = -1;
            for (int i = 0; i < unknowns; i++) {
                if (r.coefficients[i] != 0) {
                    if (first < 0) {
                        first = i;
                    } else {
                        parent[root(parent, i)] = root(parent, first);
                    }
                }
            }
        }
        List<int[]> groups = new ArrayList<>();
        for (int i = 0; i < unknowns; i++) {
            if (root(parent, i) == i) {
                final int r = i;
                groups.add(java.util.stream.IntStream.range(0, unknowns).filter(j -> root(parent, j) == r).toArray());
            }
        }
        return groups;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private List<Row> rowsOf(int[] group) {
        List<Row> result = new ArrayList<>();
        for (Row r : rows) {
            for (int i : group) {
                if (r.coefficients[i] != 0) {
                    result.add(r);
                    break;
                }
            }
        }
        return result;
    }

    /** min or max of x_k over the group's rows, every unknown at least the lower bound. */
    private double solve(int[] group, List<Row> groupRows, int k, boolean maximise) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] x = new Variable[group.length];
        for (int j = 0; j < group.length; j++) {
            x[j] = model.addVariable("x" + group[j]).lower(lowerBound).weight(j == k ? 1 : 0);
        }
        int n = 0;
        for (Row r : groupRows) {
            Expression e = model.addExpression("r" + n++);
            for (int j = 0; j < group.length; j++) {
                if (r.coefficients[group[j]] != 0) {
                    e.set(x[j], r.coefficients[group[j]]);
                }
            }
            switch (r.relationship) {
                case EQ -> e.level(r.rhs);
                case LEQ -> e.upper(r.rhs);
                case GEQ -> e.lower(r.rhs);
            }
        }
        Optimisation.Result result = maximise ? model.maximise() : model.minimise();
        if (result.getState() == Optimisation.State.UNBOUNDED) {
            return maximise ? Double.POSITIVE_INFINITY : lowerBound;
        }
        if (!result.getState().isOptimal()) {
            throw new IllegalStateException("the published figures admit no values for the hidden ones (" + result.getState() + ")");
        }
        return result.getValue();
    }
}
