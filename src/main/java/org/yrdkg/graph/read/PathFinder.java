package org.yrdkg.graph.read;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The shortest chain of facts between two entities, each step with the sentences that state it. */
@Component
public class PathFinder {

    public static final int MAX_HOPS = 8;

    /** The two ends as resolved, and the path found (none or one: nodes, edges with evidence). */
    public record Paths(EntityRef from, EntityRef to, int maxHops,
                        List<FactPath> paths) {
    }

    private final GraphReader reader;
    private final EntityLookup lookup;

    public PathFinder(GraphReader reader, EntityLookup lookup) {
        this.reader = reader;
        this.lookup = lookup;
    }

    public Paths between(String fromRef, String toRef, int maxHops) {
        EntityRef from = lookup.require("from", fromRef);
        EntityRef to = lookup.require("to", toRef);
        if (from.id().equals(to.id())) {
            throw new BadParameterException("to", "Parameters 'from' and 'to' name the same entity ("
                    + from.name() + "); a path needs two.");
        }
        // one path: asking for alternatives (other shortest paths, or paths around this one's entities)
        // made Neo4j enumerate paths through the provinces, seconds to minutes at 10,000 documents
        var paths = reader.read("read/paths", Map.of("from", from.id(), "to", to.id(),
                "maxHops", maxHops, "evidence", GraphReader.EVIDENCE_PER_FACT), FactPath::of);
        return new Paths(from, to, maxHops, paths);
    }
}
