package org.yrdkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's copy of a signed library ({@link UnsignedLibraries}): a real signed jar from the class path
 * (Eclipse Collections' API, which Neo4j brings) loses its signature files and per-entry digests and keeps every
 * other entry byte for byte; an unsigned jar is left as it is.
 */
class UnsignedLibrariesTest {

    @TempDir
    Path dir;

    @Test
    void aSignedJarKeepsItsContentWithoutTheSignature() throws Exception {
        Path original = Path.of(ImmutableList.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = Files.copy(original, dir.resolve(original.getFileName()));
        String entry = ImmutableList.class.getName().replace('.', '/') + ".class";
        assertThat(signers(jar, entry)).as("the library as Maven gives it is signed").isTrue();

        assertThat(UnsignedLibraries.unsignAll(dir)).isEqualTo(1);

        try (JarFile signed = new JarFile(original.toFile()); JarFile unsigned = new JarFile(jar.toFile())) {
            assertThat(unsigned.stream().map(JarEntry::getName).filter(UnsignedLibraries::signature)).isEmpty();
            assertThat(unsigned.stream().map(JarEntry::getName).toList()).containsExactlyInAnyOrderElementsOf(
                    signed.stream().map(JarEntry::getName).filter(name -> !UnsignedLibraries.signature(name)).toList());
            assertThat(unsigned.getManifest().getEntries()).isEmpty();
            assertThat(unsigned.getManifest().getMainAttributes()).isEqualTo(signed.getManifest().getMainAttributes());
            assertThat(bytes(unsigned, entry)).isEqualTo(bytes(signed, entry));
        }
        assertThat(signers(jar, entry)).isFalse();
    }

    @Test
    void anUnsignedJarIsLeftAlone() throws Exception {
        Path jar = dir.resolve("plain.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), new java.util.jar.Manifest())) {
            out.putNextEntry(new JarEntry("org/example/Plain.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            out.closeEntry();
        }
        byte[] before = Files.readAllBytes(jar);
        assertThat(UnsignedLibraries.unsign(jar)).isFalse();
        assertThat(jar).hasBinaryContent(before);
        assertThat(UnsignedLibraries.unsignAll(dir.resolve("absent"))).isZero();
    }

    private static boolean signers(Path jar, String entry) throws Exception {
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            JarEntry found = file.getJarEntry(entry);
            try (InputStream in = file.getInputStream(found)) {
                in.readAllBytes(); // the signers are known once the entry was read
            }
            return found.getCodeSigners() != null;
        }
    }

    private static byte[] bytes(JarFile jar, String entry) throws Exception {
        try (InputStream in = jar.getInputStream(jar.getJarEntry(entry))) {
            return in.readAllBytes();
        }
    }
}
