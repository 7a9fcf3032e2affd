package org.yrdkg.graph;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.Extractor;

/** The upstream stages are plain classes; here they become the beans the loader uses. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    DocumentReader documentReader() {
        return new DocumentReader();
    }

    @Bean
    Extractor extractor() {
        return new Extractor();
    }
}
