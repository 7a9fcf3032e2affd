package org.yrdkg.bench.corpus;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gen-corpus --docs N --out DIR --seed S}: a synthetic corpus for the benchmark (offline, no Neo4j). */
@Command(name = "gen-corpus", mixinStandardHelpOptions = true,
        description = "Write N synthetic articles recombined from the seed articles, with their places and "
                + "organisations rewritten (real Delta divisions, newly composed names). Deterministic per --seed.")
public class GenCorpusCommand implements Callable<Integer> {

    @Option(names = "--docs", required = true, description = "number of articles")
    int docs;

    @Option(names = "--out", required = true, description = "folder to write article-NNNNNN.txt into")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--seeds", defaultValue = "seeds", description = "folder of seed articles (default ${DEFAULT-VALUE})")
    Path seeds;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        CorpusGenerator generator = CorpusGenerator.fromSeeds(seeds, seed);
        long ready = System.nanoTime();
        long chars = generator.write(out, docs);
        double seconds = (System.nanoTime() - ready) / 1e9;
        System.out.printf("Wrote %,d articles (%,d characters, %,d distinct organisation names) to %s in %.1f s "
                        + "(+%.1f s reading the seeds)%n", docs, chars, generator.distinctOrganisations(), out, seconds,
                (ready - started) / 1e9);
        return 0;
    }
}
