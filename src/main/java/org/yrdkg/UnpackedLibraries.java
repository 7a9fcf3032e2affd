package org.yrdkg;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;

/**
 * {@code java -jar} unpacks the Neo4j Browser jar (spring-boot-maven-plugin {@code requiresUnpack}: Neo4j
 * serves Browser from a real file) into {@code <tmp>/yrd-kg.jar-spring-boot-libs-<uuid>/}. Spring Boot
 * deletes the file on exit but not the folder, so every run left an empty folder behind. This removes the
 * folder's files and the folder at exit, from a shutdown hook (which runs before the JVM's own
 * delete-on-exit pass).
 */
final class UnpackedLibraries {

    private static final String MARKER = "-spring-boot-libs-";

    private UnpackedLibraries() {
    }

    static void removeAtExit() {
        if (!(UnpackedLibraries.class.getClassLoader() instanceof URLClassLoader loader)) {
            return;
        }
        // the class loader's own list (no lookup through the nested jars: the service launcher's JVM calls this too)
        File folder = Arrays.stream(loader.getURLs()).map(URL::toString).filter(url -> url.startsWith("file:")
                && url.contains(MARKER)).findFirst().map(url -> new File(URI.create(url)).getParentFile()).orElse(null);
        if (folder == null || !folder.getName().contains(MARKER)) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            File[] files = folder.listFiles();
            if (files != null) {
                for (File file : files) {
                    file.delete();
                }
            }
            folder.delete();
        }, "unpacked-libraries-cleanup"));
    }
}
