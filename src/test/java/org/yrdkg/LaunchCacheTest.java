package org.yrdkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's folder of a build ({@link LaunchCache}): a build that was unpacked before starts from its
 * extracted jar, mapping the archive when there is one and writing it at exit otherwise; the archive written
 * is kept only when the service ended cleanly; a folder of another build is its own. (Unpacking itself needs
 * the packaged jar: {@code ServiceLauncherIT}.)
 */
class LaunchCacheTest {

    @TempDir
    Path dir;

    @Test
    void anUnpackedBuildWritesItsArchiveAtExitThenMapsIt() throws Exception {
        LaunchCache cache = unpacked(jar("yrd-kg.jar", "build 1"));
        LaunchCache.Start first = cache.prepare(true);
        assertThat(first.jar()).isEqualTo(cache.folder().resolve("yrd-kg.jar"));
        assertThat(first.folder()).isEqualTo(cache.folder());
        assertThat(first.archiveFlag()).startsWith("-XX:ArchiveClassesAtExit=" + cache.folder());

        Files.writeString(first.archiveBeingWritten(), "the JVM's archive");
        first.afterExit(0);
        assertThat(cache.folder().resolve(LaunchCache.ARCHIVE)).hasContent("the JVM's archive");
        assertThat(first.archiveBeingWritten()).doesNotExist();

        LaunchCache.Start next = cache.prepare(true);
        assertThat(next.archiveFlag()).isEqualTo("-XX:SharedArchiveFile=" + cache.folder().resolve(LaunchCache.ARCHIVE));
        assertThat(next.archiveBeingWritten()).isNull();
        assertThat(cache.prepare(false).archiveFlag()).as("archive off").isNull();
    }

    @Test
    void anArchiveOfAServiceThatDidNotEndCleanlyIsDropped() throws Exception {
        LaunchCache cache = unpacked(jar("yrd-kg.jar", "build 1"));
        LaunchCache.Start start = cache.prepare(true);
        Files.writeString(start.archiveBeingWritten(), "half an archive");
        start.afterExit(137);
        assertThat(start.archiveBeingWritten()).doesNotExist();
        assertThat(cache.folder().resolve(LaunchCache.ARCHIVE)).doesNotExist();
    }

    @Test
    void eachBuildAndEachJarHasAFolderOfItsOwn() throws Exception {
        Path jar = jar("yrd-kg.jar", "build 1");
        Path root = LaunchCache.root(jar, null, null);
        assertThat(root).isEqualTo(dir.resolve("yrd-kg-launch"));
        assertThat(LaunchCache.root(jar, null, "/srv/cache")).isEqualTo(Path.of("/srv/cache"));
        assertThat(LaunchCache.root(jar, "/opt/cache", "/srv/cache")).isEqualTo(Path.of("/opt/cache"));

        Path before = new LaunchCache(jar, root, "java 17").folder();
        assertThat(new LaunchCache(jar, root, "java 21").folder()).isNotEqualTo(before);
        Path other = jar("other.jar", "build 1");
        String jarPart = before.getFileName().toString().split("-")[0];
        assertThat(new LaunchCache(other, root, "java 17").folder().getFileName().toString()).doesNotStartWith(jarPart);
        Files.writeString(jar, "build 2, longer");
        assertThat(new LaunchCache(jar, root, "java 17").folder()).isNotEqualTo(before)
                .satisfies(folder -> assertThat(folder.getFileName().toString()).startsWith(jarPart + "-"));
    }

    private Path jar(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    /** A build whose jar was unpacked before (its extracted application jar in place). */
    private LaunchCache unpacked(Path jar) throws Exception {
        LaunchCache cache = new LaunchCache(jar, LaunchCache.root(jar, null, null), "java 17");
        Files.createDirectories(cache.folder());
        Files.writeString(cache.folder().resolve(jar.getFileName()), "extracted");
        return cache;
    }
}
