package org.yrdkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.neo4j.driver.Driver;
import org.yrdkg.graph.GraphDatabase;
import org.yrdkg.graph.identity.IdentityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "identity-report", mixinStandardHelpOptions = true,
        description = "Duplicate and false-merge rates of the graph's organisations, companies, parks and platforms "
                + "against gold annotations (ANNOTATION.md format) of the loaded documents.")
class IdentityReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "GOLD_DIR", arity = "1..*", description = "folders of gold *.json files, e.g. ../shared/eval/dev/gold seeds/gold")
    List<Path> gold;

    @Override
    public Integer call() {
        try (var context = GraphContext.start()) {
            IdentityReport report = IdentityReport.of(context.getBean(Driver.class),
                    context.getBean(GraphDatabase.class).readSessionConfig(), gold);
            System.out.print(report);
            return 0;
        }
    }
}
