package org.yrdkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.yrdkg.graph.server.EmbeddedCredentials;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Shows the user and password of the embedded Neo4j (for Neo4j Browser, cypher-shell or a driver). Reads
 * the password file of the data folder, or {@code NEO4J_PASSWORD}; starts nothing, so it works while the
 * service runs.
 */
@Command(name = "credentials", mixinStandardHelpOptions = true,
        description = "Show the user and password of the embedded Neo4j (Browser: http://localhost:7474/browser/).")
class CredentialsCommand implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "${env:YRDKG_DATA_DIR:-data/neo4j}",
            description = "data folder of the embedded Neo4j (default: $YRDKG_DATA_DIR or ${DEFAULT-VALUE})")
    Path dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var credentials = EmbeddedCredentials.existing(dataDir, System.getenv("NEO4J_PASSWORD"));
        if (credentials == null) {
            spec.commandLine().getErr().println("No password yet in " + EmbeddedCredentials.file(dataDir)
                    + ": start the service once (it generates one there), or set NEO4J_PASSWORD.");
            return 1;
        }
        out.println("user:     " + credentials.username());
        out.println("password: " + credentials.password());
        out.println(credentials.source() == EmbeddedCredentials.Source.CONFIGURED
                ? "(from NEO4J_PASSWORD)"
                : "(kept in " + EmbeddedCredentials.file(dataDir) + ", readable by its owner only)");
        return 0;
    }
}
