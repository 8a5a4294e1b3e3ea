package no.sentret.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader can work out: unknowns x_0..x_n-1 and equations "sum of +-x_i = known". x_i is
 * derivable exactly when the unit vector e_i lies in the row space of the coefficients (rank test).
 */
final class Derivability {

    private final int unknowns;
    private final List<double[]> rows = new ArrayList<>();

    Derivability(int unknowns) {
        this.unknowns = unknowns;
    }

    void equation(double[] coefficients) {
        for (double c : coefficients) {
            if (c != 0) {
                rows.add(coefficients);
                return;
            }
        }
    }

    boolean derivable(int i) {
        double[] e = new double[unknowns];
        e[i] = 1;
        List<double[]> with = new ArrayList<>(rows);
        with.add(e);
        return rank(with) == rank(rows);
    }

    private int rank(List<double[]> input) {
        double[][] m = new double[input.size()][];
        for (int r = 0; r < m.length; r++) {
            m[r] = input.get(r).clone();
        }
        int rank = 0;
        for (int col = 0; col < unknowns && rank < m.length; col++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][col]) > 1e-9) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] tmp = m[rank];
            m[rank] = m[pivot];
            m[pivot] = tmp;
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][col]) > 1e-9) {
                    double f = m[r][col] / m[rank][col];
                    for (int c = col; c < unknowns; c++) {
                        m[r][c] -= f * m[rank][c];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
