package org.yrdkg.graph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The user and password of the embedded Neo4j: the configured password ({@code NEO4J_PASSWORD}) when
 * there is one, else a random one generated on the first start and kept in {@value #FILE} in the data
 * folder, readable and writable by its owner only. The password is never logged.
 */
public record EmbeddedCredentials(String username, String password, Source source) {

    public static final String USERNAME = "neo4j";
    public static final String FILE = "yrdkg-password";

    public enum Source { CONFIGURED, GENERATED_FILE }

    /** The configured password, or the one kept in (or now generated into) the data folder. */
    public static EmbeddedCredentials resolve(Path dataDir, String configuredPassword) {
        if (configuredPassword != null && !configuredPassword.isBlank()) {
            return new EmbeddedCredentials(USERNAME, configuredPassword, Source.CONFIGURED);
        }
        Path file = file(dataDir);
        try {
            if (!Files.exists(file)) {
                writeOwnerOnly(file, generate());
            }
            return new EmbeddedCredentials(USERNAME, Files.readString(file, StandardCharsets.UTF_8).strip(),
                    Source.GENERATED_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the embedded Neo4j password in " + file, e);
        }
    }

    /** The credentials as they stand, without generating any: null when none is configured or kept yet. */
    public static EmbeddedCredentials existing(Path dataDir, String configuredPassword) {
        if (configuredPassword != null && !configuredPassword.isBlank() || Files.exists(file(dataDir))) {
            return resolve(dataDir, configuredPassword);
        }
        return null;
    }

    public static Path file(Path dataDir) {
        return dataDir.toAbsolutePath().resolve(FILE);
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void writeOwnerOnly(Path file, String password) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return; // another process generated it first: use that one
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[" + username + ", password from " + source + "]";
    }
}
