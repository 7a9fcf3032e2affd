package org.yrdkg.api;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** The OpenAPI document's title, version (the build's) and a description of the graph the API answers from. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String DESCRIPTION = """
            A knowledge graph of the Yangtze River Delta integration (长三角一体化), extracted from Chinese news \
            and government releases. Every answer carries its evidence: the sentences that state a fact.

            **Graph model** (Neo4j):

            - `(:Entity:Region|Province|City|District|Town|Park|Company|Platform|Organization {id, name, aliases, code})`: \
            places (id = the official division code, e.g. 310112 for 闵行区) and organisations.
            - `(:Entity)-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN {id, mentions, documentCount, amountCny, project, date, \
            origin, official}]->(:Entity)`: one relationship per fact; `origin` is `text` or `gazetteer` (the official hierarchy).
            - `(:Document)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(:Entity)`, and `(:Sentence)-[:STATES {fact}]->(:Entity)` \
            for each sentence that states a fact.

            Entities may be given by name, alias or id, in Traditional or Simplified script. Read endpoints need no \
            token; writes do when `yrdkg.api.write-token` is set. Neo4j Browser and Neo4j's Query API are served by the \
            embedded Neo4j (port 7474).""";

    @Bean
    OpenAPI yrdKgOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI().info(new Info()
                .title("yrd-kg: Yangtze River Delta knowledge graph API")
                .version(properties == null ? "dev" : properties.getVersion())
                .description(DESCRIPTION));
    }
}
