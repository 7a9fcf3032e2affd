package org.yrdkg.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latency percentiles and throughput of one load run. */
record Latencies(int requests, int errors, double p50Ms, double p95Ms, double p99Ms, double perSecond) {

    static Latencies of(long[] nanos, int errors, long wallNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, errors, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.length / (wallNanos / 1e9));
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requests", requests);
        m.put("errors", errors);
        m.put("p50Ms", p50Ms);
        m.put("p95Ms", p95Ms);
        m.put("p99Ms", p99Ms);
        m.put("perSecond", perSecond);
        return m;
    }
}
