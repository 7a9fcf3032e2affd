package org.yrdkg.graph.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.neo4j.driver.Driver;

/** Entities (id, type, mentions, name, sorted aliases) and facts (id, ends, counts, project) of the whole graph, sorted. */
public record GraphSnapshot(List<String> entities, List<String> facts) {

    public static GraphSnapshot of(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> new GraphSnapshot(
                    tx.run("""
                            MATCH (e:Entity)
                            RETURN e.id + ' ' + [l IN labels(e) WHERE l <> 'Entity'][0] + ' ' + COUNT { (e)<-[:MENTIONS]-() } + ' ' + e.name + ' '
                                   + reduce(s = '', a IN coalesce(e.aliases, []) | s + '|' + a) AS row""")
                            .list(r -> r.get("row").asString()).stream().map(GraphSnapshot::sortAliases).sorted().toList(),
                    tx.run("""
                            MATCH (a:Entity)-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]->(b:Entity)
                            RETURN r.id + ' ' + a.id + '>' + b.id + ' ' + r.mentions + '/' + r.documentCount
                                   + ' ' + coalesce(r.project, '') AS row""")
                            .list(r -> r.get("row").asString()).stream().sorted().toList()));
        }
    }

    private static String sortAliases(String row) {
        int at = row.indexOf('|');
        if (at < 0) {
            return row;
        }
        List<String> aliases = new ArrayList<>(List.of(row.substring(at + 1).split("\\|")));
        Collections.sort(aliases);
        return row.substring(0, at) + String.join("|", aliases);
    }
}
