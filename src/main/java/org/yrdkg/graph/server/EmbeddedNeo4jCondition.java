package org.yrdkg.graph.server;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The embedded server runs exactly when no external Neo4j URI is configured. */
class EmbeddedNeo4jCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String uri = context.getEnvironment().getProperty("yrdkg.neo4j.uri");
        return uri == null || uri.isBlank();
    }

    static class Negated implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new EmbeddedNeo4jCondition().matches(context, metadata);
        }
    }
}
