package org.yrdkg.pipeline;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.util.unit.DataSize;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.Extractor;
import org.yrdkg.graph.server.EmbeddedNeo4jSetup;

/** The upstream stages are plain classes; here they become the beans the loader uses. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    DocumentReader documentReader(@Value("${yrdkg.documents.max-size:10MB}") DataSize maxSize) {
        return new DocumentReader(maxSize.toBytes());
    }

    /**
     * Built at once when the embedded graph is new (the seeds will be extracted) or the graph is external
     * (nothing tells), after the start-up on a restart of the embedded graph.
     */
    @Bean
    BackgroundExtractor backgroundExtractor(ObjectProvider<EmbeddedNeo4jSetup> embedded) {
        EmbeddedNeo4jSetup setup = embedded.getIfAvailable();
        return new BackgroundExtractor(setup == null || setup.newStore());
    }

    /** For code that wants the extractor itself (the {@code load} command); the service waits only on upload. */
    @Bean
    @Lazy
    Extractor extractor(BackgroundExtractor extractor) {
        return extractor.get();
    }
}
