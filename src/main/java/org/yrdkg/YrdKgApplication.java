package org.yrdkg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.yrdkg.cli.YrdKgCli;

/**
 * {@code java -jar yrd-kg.jar} (or with only {@code --option=value} arguments) runs the service;
 * {@code java -jar yrd-kg.jar COMMAND …} runs a command-line tool (see {@link YrdKgCli}).
 */
@SpringBootApplication
public class YrdKgApplication {

    public static void main(String[] args) {
        UnpackedLibraries.removeAtExit();
        if (YrdKgCli.isCommand(args)) {
            System.exit(YrdKgCli.run(args));
        }
        SpringApplication.run(YrdKgApplication.class, args);
    }
}
