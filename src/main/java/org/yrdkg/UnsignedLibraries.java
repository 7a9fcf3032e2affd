package org.yrdkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.stream.Stream;

/**
 * The launcher's unpacked libraries without their jar signatures. The JVM's class-data archive leaves out every
 * class of a signed jar (Eclipse Collections' two jars, which Neo4j uses throughout: ~600 classes a start), and
 * each start then read, digested and verified them and checked the jars' signatures again. The classes are the
 * ones Maven checked at the build; only the signature files and the manifest's per-entry digests are left out of
 * this copy (the packaged jar keeps them).
 */
final class UnsignedLibraries {

    /** A signature block or signature file of the jar's signer ({@code META-INF/X.SF}, {@code .RSA}, {@code SIG-X}). */
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/([^/]+\\.(SF|RSA|DSA|EC)|SIG-[^/]+)",
            Pattern.CASE_INSENSITIVE);

    private UnsignedLibraries() {
    }

    /** Rewrites every signed jar of the folder without its signature; returns how many were signed. */
    static int unsignAll(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        int signed = 0;
        for (Path jar : jars) {
            if (unsign(jar)) {
                signed++;
            }
        }
        return signed;
    }

    /** Rewrites the jar without its signature when it has one; false (untouched) otherwise. */
    static boolean unsign(Path jar) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
        try (JarFile in = new JarFile(jar.toFile(), false)) {
            if (in.stream().noneMatch(entry -> signature(entry.getName()))) {
                return false;
            }
            Manifest manifest = in.getManifest() == null ? new Manifest() : new Manifest(in.getManifest());
            manifest.getEntries().clear(); // the per-entry digests belong to the signature
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy), manifest)) {
                for (JarEntry entry : in.stream().toList()) {
                    if (signature(entry.getName()) || entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    // stored, not compressed again: deflating the ~6,000 entries anew took seconds of the first start
                    JarEntry kept = new JarEntry(entry.getName());
                    kept.setTime(entry.getTime());
                    kept.setMethod(ZipEntry.STORED);
                    kept.setSize(entry.getSize());
                    kept.setCompressedSize(entry.getSize());
                    kept.setCrc(entry.getCrc());
                    out.putNextEntry(kept);
                    try (InputStream content = in.getInputStream(entry)) {
                        content.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    static boolean signature(String entryName) {
        return SIGNATURE.matcher(entryName).matches();
    }
}
