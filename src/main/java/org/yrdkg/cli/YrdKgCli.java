package org.yrdkg.cli;

import org.springframework.context.ApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. Offline commands (extract, eval) run without Spring or Neo4j; load and unload
 * start the application context without its web server and use the configured Neo4j.
 */
@Command(name = "yrd-kg", mixinStandardHelpOptions = true, version = "yrd-kg 0.1",
        description = "Knowledge graph of the Yangtze River Delta integration.%n"
                + "Without a command, runs the service (HTTP API on 8080, Neo4j Browser on 7474).",
        subcommands = {ExtractCommand.class, EvalCommand.class, LoadCommand.class, UnloadCommand.class, IdentityReportCommand.class,
                ExportCommand.class, CorrectionsCommand.class, CredentialsCommand.class})
public class YrdKgCli {

    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("--") || args.length == 1 && isHelp(args[0]);
    }

    public static int run(String[] args) {
        return new CommandLine(new YrdKgCli()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    if (e instanceof GraphContext.StoreInUseException) {
                        commandLine.getErr().println(commandLine.getColorScheme().errorText(e.getMessage()));
                        return 1;
                    }
                    throw e;
                })
                .execute(args);
    }

    /**
     * Runs a command against an application that is already running (its Neo4j and beans) instead of starting
     * one, and leaves it running: many commands in one JVM (tests) then start Neo4j once.
     */
    public static int run(String[] args, ApplicationContext graph) {
        return GraphContext.lending(graph, () -> run(args));
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("--version");
    }
}
