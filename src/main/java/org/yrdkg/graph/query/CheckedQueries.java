package org.yrdkg.graph.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;
import org.yrdkg.graph.server.Neo4jConnectionProperties;

/**
 * Remembers that the named queries passed the read-only check, so a restart with the same build and the
 * same query files does not plan them all again: a fingerprint of the build's time (the guard's code and
 * the embedded Neo4j come with the build) and every query's text, kept in the embedded data folder. With
 * an external Neo4j (its version may change under us), or without build information, it always checks.
 */
@Component
public class CheckedQueries {

    static final String FILE = "yrdkg-checked-queries";
    private static final Logger log = LoggerFactory.getLogger(CheckedQueries.class);

    private final NamedQueryCatalog catalog;
    private final Path record;
    private final String build;

    public CheckedQueries(NamedQueryCatalog catalog, Neo4jConnectionProperties connection,
                          ObjectProvider<BuildProperties> build) {
        this.catalog = catalog;
        BuildProperties properties = build.getIfAvailable();
        this.build = properties == null || properties.getTime() == null ? null : properties.getTime().toString();
        this.record = connection.external() || this.build == null ? null : connection.embedded().dataDir().resolve(FILE);
    }

    /** Checks every named query unless this build already checked these very files; refuses (throws) as the check does. */
    public void checkUnlessUnchanged() {
        String fingerprint = record == null ? null : fingerprint();
        if (fingerprint != null && fingerprint.equals(read())) {
            log.info("Named queries unchanged since this build checked them read-only: {}", catalog.names());
            return;
        }
        catalog.checkAll();
        if (fingerprint != null) {
            try {
                Files.writeString(record, fingerprint);
            } catch (IOException e) {
                log.debug("Could not keep the named queries' fingerprint in {}: {}", record, e.getMessage());
            }
        }
    }

    private String read() {
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
