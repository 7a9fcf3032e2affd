package org.yrdkg.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.yrdkg.graph.read.EntityLookup;
import org.yrdkg.graph.read.Neighborhood;
import org.yrdkg.graph.read.PathFinder;

/**
 * Numeric bounds are declared on the parameters (Bean Validation) and refused before any read: a 400
 * problem naming the parameter, its bounds and the value given. The readers are never reached here (the
 * answers within bounds are tested against Neo4j in GraphEndpointsTest).
 */
@WebMvcTest(controllers = GraphController.class)
class ParameterBoundsSliceTest {

    @MockitoBean
    EntityLookup lookup;
    @MockitoBean
    Neighborhood neighborhood;
    @MockitoBean
    PathFinder paths;

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
}
