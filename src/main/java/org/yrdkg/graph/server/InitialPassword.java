package org.yrdkg.graph.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.string.UTF8;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new store's user gets its password when Neo4j creates it, from the initial-user file that
 * {@code neo4j-admin dbms set-initial-password} writes (Neo4j's own classes write it here the same way), instead
 * of {@code ALTER USER} once the server is up: that statement was the JVM's first Cypher compilation, 3–4 s of
 * a first start's critical path. Neo4j reads the file only while its system database has no user yet.
 */
final class InitialPassword {

    private static final Logger log = LoggerFactory.getLogger(InitialPassword.class);

    /** Neo4j's minimum ({@code dbms.security.auth_minimum_password_length}): a shorter one is refused by ALTER USER. */
    private static final int MINIMUM_LENGTH = 8;

    private InitialPassword() {
    }

    /** Writes the file when the store has no system database yet (and the password is one Neo4j accepts). */
    static void writeForNewStore(Path home, EmbeddedCredentials credentials) {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        if (Files.isDirectory(config.get(GraphDatabaseInternalSettings.databases_root_path).resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
                || credentials.password().codePoints().count() < MINIMUM_LENGTH) {
            return; // the user exists (or ALTER USER reports the short password), as before
        }
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        try (var fs = new DefaultFileSystemAbstraction()) {
            Files.deleteIfExists(file); // what an interrupted first start may have left
            var users = new FileUserRepository(fs, file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            users.start();
            users.create(new User(credentials.username(), null, SystemGraphCredential.createCredentialForPassword(
                    UTF8.encode(credentials.password()), new SecureHasher()), false, false));
            users.shutdown();
        } catch (Exception e) {
            // the server sets it with ALTER USER once up, as before
            log.debug("Could not write the embedded Neo4j's initial password file {}: {}", file, e.toString());
        }
    }
}
