package org.yrdkg.graph.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;
import org.yrdkg.graph.server.Neo4jConnectionProperties;

/**
 * Remembers that the named queries passed the read-only check, so a restart with the same build and the
 * same query files does not plan them all again: a fingerprint of the build's time (the guard's code and
 * the embedded Neo4j come with the build) and every query's text, kept in the embedded data folder and, when
 * the service was started by {@code java -jar} (its launcher passes {@code yrdkg.launcher.folder}, a folder
 * per build), beside the build too, so a first start on a new data folder of a build that checked these very
 * files skips the check as well. With an external Neo4j (its version may change under us), or without build
 * information, it always checks.
 */
@Component
public class CheckedQueries {

    static final String FILE = "yrdkg-checked-queries";
    private static final Logger log = LoggerFactory.getLogger(CheckedQueries.class);

    private final NamedQueryCatalog catalog;
    /** Where the fingerprint is kept: the data folder, and the build's folder when there is one; empty: always check. */
    private final List<Path> records;
    private final String build;

    @Autowired
    public CheckedQueries(NamedQueryCatalog catalog, Neo4jConnectionProperties connection,
                          ObjectProvider<BuildProperties> build, @Value("${yrdkg.launcher.folder:}") String buildFolder) {
        this.catalog = catalog;
        BuildProperties properties = build.getIfAvailable();
        this.build = properties == null || properties.getTime() == null ? null : properties.getTime().toString();
        this.records = connection.external() || this.build == null ? List.of()
                : Stream.of(connection.embedded().dataDir().toString(), buildFolder).filter(dir -> !dir.isBlank())
                        .map(dir -> Path.of(dir).resolve(FILE)).toList();
    }

    public CheckedQueries(NamedQueryCatalog catalog, Neo4jConnectionProperties connection,
                          ObjectProvider<BuildProperties> build) {
        this(catalog, connection, build, "");
    }

    /** Checks every named query unless this build already checked these very files; refuses (throws) as the check does. */
    public void checkUnlessUnchanged() {
        String fingerprint = records.isEmpty() ? null : fingerprint();
        if (fingerprint != null && records.stream().anyMatch(record -> fingerprint.equals(read(record)))) {
            log.info("Named queries unchanged since this build checked them read-only: {}", catalog.names());
            keep(fingerprint);
            return;
        }
        catalog.checkAll();
        if (fingerprint != null) {
            keep(fingerprint);
        }
    }

    private void keep(String fingerprint) {
        for (Path record : records) {
            try {
                if (!fingerprint.equals(read(record))) {
                    Files.writeString(record, fingerprint);
                }
            } catch (IOException e) {
                log.debug("Could not keep the named queries' fingerprint in {}: {}", record, e.getMessage());
            }
        }
    }

    private static String read(Path record) {
        try {
            return Files.isRegularFile(record) ? Files.readString(record).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(build.getBytes(StandardCharsets.UTF_8));
            for (NamedQuery query : catalog.all()) {
                sha.update(("\u0000" + query.name() + "\u0000" + query.cypher()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
