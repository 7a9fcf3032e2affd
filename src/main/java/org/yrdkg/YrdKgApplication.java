package org.yrdkg;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * {@code java -jar yrd-kg.jar} (or with only {@code --option=value} arguments) runs the service (in a child JVM
 * with the service's flags, see {@link ServiceLauncher}); {@code java -jar yrd-kg.jar COMMAND …} runs a
 * command-line tool (see {@link org.yrdkg.cli.YrdKgCli}).
 */
@SpringBootApplication
public class YrdKgApplication {

    public static void main(String[] args) {
        ServiceLauncher.relaunchIfWanted(args); // returns only when this JVM runs the service or the command
        ServiceStart.run(args);
    }
}
