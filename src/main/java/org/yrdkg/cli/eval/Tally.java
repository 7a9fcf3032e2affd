package org.yrdkg.cli.eval;

/** Precision counts hits among predictions (required or optional gold); recall counts required gold found. */
public final class Tally {

    int truePredicted, predicted, trueRequired, required;

    void add(int tp, int n, int tr, int r) {
        truePredicted += tp;
        predicted += n;
        trueRequired += tr;
        required += r;
    }

    public double precision() { return predicted == 0 ? 0 : (double) truePredicted / predicted; }

    public double recall() { return required == 0 ? 0 : (double) trueRequired / required; }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int predicted() { return predicted; }

    public int required() { return required; }

    @Override
    public String toString() {
        return String.format("P=%.3f R=%.3f F1=%.3f  (predicted %d, required %d)", precision(), recall(), f1(), predicted, required);
    }
}
