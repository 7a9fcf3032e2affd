package org.yrdkg.graph;

import java.util.Collection;

import org.neo4j.driver.TransactionContext;

/**
 * Called by {@link GraphWriter} at the end of a write transaction with the entities and facts it wrote,
 * so that what shapes them beyond the text (analysts' corrections) is applied before the commit.
 */
@FunctionalInterface
public interface AfterWrite {

    AfterWrite NONE = (tx, entityIds, factIds) -> { };

    void written(TransactionContext tx, Collection<String> entityIds, Collection<String> factIds);
}
