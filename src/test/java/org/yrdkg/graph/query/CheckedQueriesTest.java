package org.yrdkg.graph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.info.BuildProperties;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.graph.server.Neo4jConnectionProperties;

/**
 * A restart of the same build with the same query files skips the named queries' read-only check; a
 * new build or a changed file checks again, and a refused file is never remembered as checked.
 */
class CheckedQueriesTest extends EmbeddedGraphTest {

    private static final String TEST_QUERIES = "classpath*:cypher/test-queries/*.cypher"; // one of them writes

    @Autowired
    CypherGuard guard;

    @TempDir
    Path dataDir;

    @Test
    void aRefusedFileIsCheckedAgainAtEveryStart() {
        CheckedQueries checked = checked(new NamedQueryCatalog(guard, TEST_QUERIES), "2026-01-01T00:00:00Z");
        assertThatThrownBy(checked::checkUnlessUnchanged).hasMessageContaining("writes.cypher");
        assertThat(dataDir.resolve(CheckedQueries.FILE)).doesNotExist();
        assertThatThrownBy(checked::checkUnlessUnchanged).hasMessageContaining("writes.cypher");
    }

    @Test
    void theSameBuildAndFilesAreNotCheckedTwiceAndANewBuildIs() throws Exception {
        NamedQueryCatalog refused = new NamedQueryCatalog(guard, TEST_QUERIES);
        // what a start of this build would have remembered for these files, had the check passed
        Files.writeString(dataDir.resolve(CheckedQueries.FILE),
                checked(refused, "2026-01-01T00:00:00Z").fingerprint());
        assertThatCode(checked(refused, "2026-01-01T00:00:00Z")::checkUnlessUnchanged).doesNotThrowAnyException();
        assertThatThrownBy(checked(refused, "2026-01-02T00:00:00Z")::checkUnlessUnchanged)
                .hasMessageContaining("writes.cypher");
    }

    @Test
    void passingQueriesAreRemembered() {
        new CheckedQueries(new NamedQueryCatalog(guard, "classpath*:cypher/queries/*.cypher"), connection(),
                build("2026-01-01T00:00:00Z")).checkUnlessUnchanged();
        assertThat(dataDir.resolve(CheckedQueries.FILE)).isNotEmptyFile();
    }

    @Test
    void aNewDataFolderOfABuildThatCheckedTheseFilesIsNotCheckedAgain(@TempDir Path buildFolder) throws Exception {
        NamedQueryCatalog refused = new NamedQueryCatalog(guard, TEST_QUERIES);
        // what a start of this build on another data folder remembered beside the build (java -jar's launcher folder)
        Files.writeString(buildFolder.resolve(CheckedQueries.FILE), checked(refused, "2026-01-01T00:00:00Z").fingerprint());
        assertThatCode(new CheckedQueries(refused, connection(), build("2026-01-01T00:00:00Z"), buildFolder.toString())
                ::checkUnlessUnchanged).doesNotThrowAnyException();
        assertThat(dataDir.resolve(CheckedQueries.FILE)).as("kept in the data folder too").isNotEmptyFile();
        assertThatThrownBy(new CheckedQueries(refused, connection(), build("2026-01-02T00:00:00Z"), buildFolder.toString())
                ::checkUnlessUnchanged).hasMessageContaining("writes.cypher");
    }

    private CheckedQueries checked(NamedQueryCatalog catalog, String buildTime) {
        return new CheckedQueries(catalog, connection(), build(buildTime));
    }

    private Neo4jConnectionProperties connection() {
        return new Neo4jConnectionProperties(null, "neo4j", null, new Neo4jConnectionProperties.Embedded(dataDir,
                "localhost", 0, 0, "64m", "256M size", "localhost", "", true, false, false));
    }

    private static org.springframework.beans.factory.ObjectProvider<BuildProperties> build(String time) {
        Properties properties = new Properties();
        properties.setProperty("time", time);
        return new StaticListableBeanFactory(Map.of("build", new BuildProperties(properties)))
                .getBeanProvider(BuildProperties.class);
    }
}
