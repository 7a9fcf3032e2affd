package org.yrdkg.bench;

import org.yrdkg.bench.corpus.GenCorpusCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The benchmark's own command line ({@code ./mvnw -Pbench -Dbench.args="bench --quick"}): it lives outside
 * the product jar, so the service's command line does not carry it.
 */
@Command(name = "yrd-kg-bench", mixinStandardHelpOptions = true,
        description = "Benchmark and synthetic corpus of yrd-kg (not part of the product jar).",
        subcommands = {BenchCommand.class, GenCorpusCommand.class})
public final class BenchMain {

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
