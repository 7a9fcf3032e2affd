package org.yrdkg.api;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.yrdkg.Http;
import org.yrdkg.graph.read.EntityLookup;
import org.yrdkg.graph.read.EntityReads;
import org.yrdkg.graph.read.Investments;
import org.yrdkg.graph.read.Neighborhood;
import org.yrdkg.graph.read.PathFinder;

/**
 * The read endpoints' parameters are declared (Bean Validation: bounds, required texts, lists of types and
 * words) and refused before any read: a 400 problem naming the parameter, what it must be and the value
 * given. The readers are mocks here, reached only to see the values arrive in their canonical form (the
 * answers themselves are tested against Neo4j in GraphEndpointsTest and EntityEndpointsTest).
 */
@Order(5) // its lane starts it early (TwoLanes)
@WebMvcTest(controllers = {GraphController.class, EntityController.class, InvestmentController.class})
class ParameterBoundsSliceTest {

    @MockitoBean
    EntityLookup lookup;
    @MockitoBean
    Neighborhood neighborhood;
    @MockitoBean
    PathFinder paths;
    @MockitoBean
    EntityReads entities;
    @MockitoBean
    Investments investments;

    @Autowired
    MockMvc mvc;

    @Test
    void aDepthOutsideOneToThreeIsABadParameter() throws Exception {
        mvc.perform(get("/api/graph").param("entity", "甲乙区").param("depth", "9"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Bad parameter"))
                .andExpect(jsonPath("$.parameter").value("depth"))
                .andExpect(jsonPath("$.detail").value("Parameter 'depth' must be between 1 and 3; got 9."));
    }

    @Test
    void tooManyHopsAndANonPositiveLimitAreBadParameters() throws Exception {
        mvc.perform(get("/api/paths").param("from", "甲乙区").param("to", "丙丁市").param("maxHops", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("maxHops"))
                .andExpect(jsonPath("$.detail").value("Parameter 'maxHops' must be between 1 and 8; got 0."));
        mvc.perform(get("/api/graph").param("entity", "甲乙区").param("limit", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"));
    }

    @Test
    void aMissingOrOverlongTextIsABadParameter() throws Exception {
        problem("/api/entities", "q", "Parameter 'q' is required.");
        problem("/api/entities?q=%20", "q", "Parameter 'q' is required.");
        problem("/api/entities?q=" + Http.encode("长".repeat(201)), "q", "Parameter 'q' is too long (201 characters; at most 200).");
        problem("/api/graph", "entity", "Parameter 'entity' is required.");
        problem("/api/paths?to=" + Http.encode("丙丁市"), "from", "Parameter 'from' is required.");
    }

    @Test
    void typesAndWordsOutsideTheirListAreBadParametersNamingTheList() throws Exception {
        problem("/api/entities?q=x&type=Planet", "type", "Parameter 'type' must be one of [Region, Province, City, "
                + "District, Town, Park, Company, Platform, Organization]; got 'Planet'.");
        problem("/api/entities/x/relations?type=OWNS", "type",
                "Parameter 'type' must be one of [COOPERATES_WITH, INVESTS_IN, LOCATED_IN]; got 'OWNS'.");
        problem("/api/entities/x/relations?direction=up", "direction",
                "Parameter 'direction' must be one of both, out, in; got 'up'.");
        problem("/api/investments?groupBy=city", "groupBy",
                "Parameter 'groupBy' must be one of none, target, source; got 'city'.");
        problem("/api/investments?minAmount=-5", "minAmount", "Parameter 'minAmount' must be 0 or more yuan; got -5.");
    }

    @Test
    void validValuesReachTheReadsInTheirCanonicalForm() throws Exception {
        mvc.perform(get("/api/entities").param("q", " 甲乙 ").param("type", "park")).andExpect(status().isOk());
        verify(lookup).search(eq("甲乙"), eq("Park"), eq(20));
        mvc.perform(get("/api/entities/x/relations").param("type", "invests_in").param("direction", "OUT"))
                .andExpect(status().isOk());
        verify(entities).relations(eq("x"), eq("INVESTS_IN"), eq("out"), eq(0), eq(50));
        mvc.perform(get("/api/investments")).andExpect(status().isOk());
        verify(investments).find(eq(null), eq(null), eq(null), eq("none"), eq(0), eq(100));
    }

    private void problem(String uri, String parameter, String detail) throws Exception {
        mvc.perform(get(URI.create(uri)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Bad parameter"))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.detail").value(detail));
    }
}
