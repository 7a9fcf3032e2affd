package org.yrdkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The packaged jar in Spring Boot's extracted layout (an application jar and {@code lib/}: plain jars, whose
 * classes a class-data-sharing archive can hold, where the nested jars' cannot be archived; signed ones are
 * copied without their signature, see {@link UnsignedLibraries}) and the JVM's
 * archive of the service's classes beside it, in a folder per build and Java:
 * {@code <jar's folder>/<jar name>-launch/<key>/} ({@code -Dyrdkg.launcher.dir} or {@code YRDKG_LAUNCHER_DIR}
 * chooses another place). The first start of a build unpacks the jar (a few seconds) and has its JVM write the
 * archive when it stops ({@code -XX:ArchiveClassesAtExit}: every class loaded until then); every later start
 * maps the classes from the archive instead of reading and verifying them.
 */
final class LaunchCache {

    static final String DIR_PROPERTY = "yrdkg.launcher.dir";
    static final String DIR_ENV = "YRDKG_LAUNCHER_DIR";
    static final String ARCHIVE = "yrd-kg.jsa";
    /** Spring Boot's jar mode for the extraction, packaged into the jar by its Maven plugin. */
    private static final String EXTRACTION = "org.springframework.boot.jarmode.tools.ToolsJarMode";

    /**
     * How the child runs: the jar to start (in {@code folder}, or the packaged jar and null), and the archive flag with the file the JVM writes at exit, if any.
     * {@link #afterExit} keeps that file as the archive once the child ended cleanly.
     */
    record Start(Path jar, Path folder, String archiveFlag, Path archiveBeingWritten) {

        void afterExit(int exitCode) {
            if (archiveBeingWritten == null) {
                return;
            }
            try {
                if (exitCode == 0 && Files.isRegularFile(archiveBeingWritten) && Files.size(archiveBeingWritten) > 0) {
                    Files.move(archiveBeingWritten, archiveBeingWritten.resolveSibling(ARCHIVE),
                            StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(archiveBeingWritten);
                }
            } catch (IOException e) {
                System.err.println("yrd-kg launcher: could not keep the class-data archive: " + e);
            }
        }
    }

    private final Path jar;
    private final Path root;
    private final Path folder;

    LaunchCache(Path jar, Path root, String javaIdentity) {
        this.jar = jar;
        this.root = root;
        this.folder = root.resolve(key(jar, javaIdentity));
    }

    /** The default place: beside the jar, unless a property or the environment names another. */
    static Path root(Path jar, String property, String env) {
        String chosen = property != null && !property.isBlank() ? property : env;
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen).toAbsolutePath();
        }
        return jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", "") + "-launch");
    }

    /**
     * This Java's identity for the archive: the archive holds this JVM's own view of the classes and is based
     * on the JDK's default archive, so another JDK, or the same one with its default archive made again, needs
     * an archive of its own.
     */
    static String javaIdentity(Path javaHome, String vmVersion) {
        Path base = javaHome.resolve("lib/server/classes.jsa");
        String baseStamp;
        try {
            baseStamp = Files.size(base) + "@" + Files.getLastModifiedTime(base).toMillis();
        } catch (IOException absent) {
            baseStamp = "none";
        }
        return javaHome.toAbsolutePath() + "|" + vmVersion + "|" + baseStamp;
    }

    Path folder() {
        return folder;
    }

    /**
     * Unpacks the jar on the first start of this build (and removes the folders of earlier builds), then says
     * how to start: from the extracted jar with the archive, or writing it at exit when there is none yet.
     * Without {@code archived}, the extracted jar without an archive (plain jars still load faster than nested
     * ones). When the jar cannot be unpacked here (a read-only folder, a full disk) the child runs the packaged jar
     * without an archive, with the same flags.
     */
    Start prepare(boolean archived) {
        Path extracted = folder.resolve(jar.getFileName());
        try {
            if (!Files.isRegularFile(extracted)) {
                extract(archived);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("yrd-kg launcher: could not unpack " + jar + " into " + folder + " (" + e.getMessage()
                    + "); starting the packaged jar without a class-data archive");
            return new Start(jar, null, null, null);
        }
        Path archive = folder.resolve(ARCHIVE);
        if (!archived) {
            return new Start(extracted, folder, null, null);
        }
        if (Files.isRegularFile(archive)) {
            return new Start(extracted, folder, "-XX:SharedArchiveFile=" + archive, null);
        }
        try {
            removeAbandonedArchives();
        } catch (IOException e) {
            // only disk space: a later start tries again
        }
        Path writing = folder.resolve(ARCHIVE + ".part-" + ProcessHandle.current().pid());
        System.err.println("yrd-kg launcher: no class-data archive for this build yet: the service writes it when it "
                + "stops (that stop takes longer); the next starts map their classes from it");
        return new Start(extracted, folder, "-XX:ArchiveClassesAtExit=" + writing, writing);
    }

    /**
     * Spring Boot's own extraction (what {@code java -Djarmode=tools -jar X extract} runs, called here: a
     * second JVM would cost seconds and leave a temporary folder) into a folder of this launcher's, renamed
     * into place when whole; a launcher that finished first wins. For an archive, signed libraries are copied
     * without their signature ({@link UnsignedLibraries}); without one (its switch off) they stay as packaged.
     */
    private void extract(boolean archived) throws IOException {
        Files.createDirectories(root);
        removeEarlierBuilds();
        Path part = root.resolve(folder.getFileName() + ".part-" + ProcessHandle.current().pid());
        deleteTree(part);
        System.err.println("yrd-kg launcher: first start of this build: unpacking " + jar.getFileName() + " into "
                + folder);
        try {
            Object tools = Class.forName(EXTRACTION).getConstructor().newInstance();
            tools.getClass().getMethod("run", String.class, String[].class).invoke(tools, "tools",
                    new String[] {"extract", "--destination", part.toString()});
        } catch (ReflectiveOperationException | LinkageError e) {
            deleteTree(part);
            throw new IOException("the extraction failed: " + (e.getCause() != null ? e.getCause() : e), e);
        }
        if (!Files.isRegularFile(part.resolve(jar.getFileName()))) {
            deleteTree(part);
            throw new IOException("the extraction made no " + jar.getFileName());
        }
        try {
            if (archived) { // for the archive's sake: 1-3 s more of a build's first start, which writes it
                UnsignedLibraries.unsignAll(part.resolve("lib"));
            }
        } catch (IOException e) {
            deleteTree(part);
            throw e;
        } finally {
            // the launcher only waits from here: the heap the unpacking grew (~90 MiB resident) goes back
            System.gc();
        }
        try {
            Files.move(part, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException anotherLauncherWasFirst) {
            deleteTree(part);
            if (!Files.isRegularFile(folder.resolve(jar.getFileName()))) {
                throw anotherLauncherWasFirst;
            }
        }
    }

    /**
     * The folders of other builds of this jar file (or other Javas), and unfinished ones of launchers no longer
     * running: one build's 150 MB at a time. Only folders named as this class names them are touched.
     */
    private void removeEarlierBuilds() throws IOException {
        try (Stream<Path> folders = Files.list(root)) {
            for (Path other : folders.filter(path -> !path.equals(folder) && leftOver(path.getFileName().toString()))
                    .toList()) {
                deleteTree(other);
            }
        }
    }

    /** Another build of this very jar file (the same path, the first half of the name), or an unfinished one. */
    private boolean leftOver(String name) {
        String samePath = java.util.regex.Pattern.quote(pathKey(jar)) + "-[0-9a-f]{1,8}";
        return name.matches(samePath) || name.matches(samePath + "\\.part-\\d+") && abandoned(name);
    }

    /** An unfinished file or folder ({@code <name>.part-<pid>}) of a launcher that is no longer running. */
    private static boolean abandoned(String name) {
        String pid = name.substring(name.lastIndexOf(".part-") + ".part-".length());
        return ProcessHandle.of(Long.parseLong(pid)).map(process -> !process.isAlive()).orElse(true);
    }

    /** Archives that launchers stopped before their JVM finished writing (killed, or the machine went down). */
    private void removeAbandonedArchives() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.getFileName().toString().matches(
                    java.util.regex.Pattern.quote(ARCHIVE) + "\\.part-\\d+") && abandoned(path.getFileName().toString())).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * {@code <jar file>-<build and Java>}: a folder shared by several jars (a bench beside a baseline) keeps one
     * build of each.
     */
    private static String key(Path jar, String javaIdentity) {
        try {
            String build = Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|" + javaIdentity;
            return pathKey(jar) + "-" + Integer.toHexString(build.hashCode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pathKey(Path jar) {
        return Integer.toHexString(jar.toAbsolutePath().toString().hashCode());
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path each : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }
}
