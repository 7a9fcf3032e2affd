package org.yrdkg.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.yrdkg.extract.Extractor;
import org.yrdkg.extract.place.Gazetteer;

/**
 * A synthetic corpus at scale from the seed articles: recombined sentences with their places, parks and
 * companies rewritten (see {@link ArticleComposer}). The same seed articles, seed number and extractor
 * output on the seeds give the same corpus, byte for byte (the extractor's output on the seeds currently
 * varies between JVM runs now and then; see BENCHMARKS.md).
 *
 * <pre>{@code
 * CorpusGenerator g = CorpusGenerator.fromSeeds(Path.of("seeds"), 42);
 * String article = g.next();
 * }</pre>
 */
public final class CorpusGenerator {

    /** Article lengths are drawn uniformly from [MIN, MIN + SPREAD): about 4,000 characters on average. */
    private static final int MIN_CHARS = 2_000;
    private static final int SPREAD_CHARS = 4_000;

    private final SplittableRandom random;
    private final OrgNameComposer orgs;
    private final ArticleComposer composer;

    CorpusGenerator(List<SeedArticle> seeds, DeltaPlaces places, long seed) {
        this.random = new SplittableRandom(seed);
        this.orgs = new OrgNameComposer(random);
        this.composer = new ArticleComposer(seeds, places, orgs, random);
    }

    /** Reads and extracts the seed articles of {@code seedDir} with the real extractor. */
    public static CorpusGenerator fromSeeds(Path seedDir, long seed) throws IOException {
        return fromSeeds(seedDir, new Extractor(), seed);
    }

    public static CorpusGenerator fromSeeds(Path seedDir, Extractor extractor, long seed) throws IOException {
        DeltaPlaces places = new DeltaPlaces(Gazetteer.shared());
        return new CorpusGenerator(new SeedTemplates(places, extractor).read(seedDir), places, seed);
    }

    /** The next article's text (its first line is the title). */
    public String next() {
        return composer.compose(MIN_CHARS + random.nextInt(SPREAD_CHARS));
    }

    /** How many distinct organisation names the corpus has used so far. */
    public int distinctOrganisations() {
        return orgs.distinct();
    }

    /** Writes {@code count} articles as {@code article-000001.txt …} (UTF-8); returns the characters written. */
    public long write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        long chars = 0;
        for (int i = 1; i <= count; i++) {
            String text = next();
            chars += text.length();
            Files.writeString(dir.resolve(fileName(i)), text, StandardCharsets.UTF_8);
        }
        return chars;
    }

    public static String fileName(int index) {
        return String.format("article-%06d.txt", index);
    }
}
