package org.yrdkg.cli;

import java.util.concurrent.Callable;

import org.yrdkg.graph.DocumentIds;
import org.yrdkg.pipeline.DocumentLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "unload", mixinStandardHelpOptions = true,
        description = "Remove a document (by file name or id) and every fact only it supported.")
class UnloadCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME|ID")
    String document;

    @Override
    public Integer call() {
        String id = document.startsWith("doc-") ? document : DocumentIds.of(document);
        try (var context = GraphContext.start()) {
            boolean removed = context.getBean(DocumentLoader.class).unload(id);
            System.out.println(removed ? "Removed " + document + " (" + id + ")" : "No document " + document);
            return removed ? 0 : 1;
        }
    }
}
