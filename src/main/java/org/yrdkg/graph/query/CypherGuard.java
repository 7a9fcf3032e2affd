package org.yrdkg.graph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.stereotype.Component;
import org.yrdkg.graph.GraphDatabase;

/**
 * Decides whether a Cypher text may run against the graph: only one statement, only reads. Two checks,
 * both must pass: the words of the query (comments and string values blanked out) and Neo4j's own plan
 * of it ({@code EXPLAIN}, which runs nothing): the query type must be READ_ONLY, and the plan may hold
 * no CSV loading, no batched transactions and no procedure outside a short list of read procedures.
 */
@Component
public class CypherGuard {

    /** Read procedures a query may call. */
    public static final Set<String> ALLOWED_PROCEDURES = Set.of(
            "db.labels", "db.relationshipTypes", "db.propertyKeys",
            "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
            "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships");

    private static final Pattern LOAD_CSV = Pattern.compile("(?i)\\bLOAD\\s+CSV\\b");
    private static final Pattern IN_TRANSACTIONS =
            Pattern.compile("(?i)}\\s*IN\\s+(?:\\S+\\s+)?(?:CONCURRENT\\s+)?TRANSACTIONS\\b");
    private static final Pattern PREFIX = Pattern.compile("(?i)^\\s*(EXPLAIN|PROFILE|USE)\\b");
    private static final Pattern TERMINATE = Pattern.compile("(?i)\\bTERMINATE\\s+TRANSACTIONS?\\b");
    private static final Pattern PROCEDURE_CALL =
            Pattern.compile("(?i)\\bCALL\\s+([A-Za-z_][\\w$]*(?:\\s*\\.\\s*[A-Za-z_][\\w$]*)*)");
    private static final Pattern PLAN_PROCEDURE = Pattern.compile("^\\s*([A-Za-z_][\\w$.]*)\\s*\\(");

    private final Driver driver;
    private final GraphDatabase database;

    public CypherGuard(Driver driver, GraphDatabase database) {
        this.driver = driver;
        this.database = database;
    }

    /** Returns quietly when the query may run; otherwise throws {@link QueryRefusedException} with the reason. */
    public void check(String cypher, Map<String, Object> params) {
        if (cypher == null || cypher.isBlank()) {
            throw new QueryRefusedException("The query is empty.");
        }
        checkWords(CypherText.code(cypher));
        checkPlan(explain(cypher, params));
    }

    private static void checkWords(String code) {
        int semicolon = code.indexOf(';');
        if (semicolon >= 0 && !code.substring(semicolon + 1).isBlank()) {
            throw new QueryRefusedException("Only one statement per request: the query has text after a ';'.");
        }
        Matcher prefix = PREFIX.matcher(code);
        if (prefix.find()) {
            throw new QueryRefusedException("Queries starting with " + prefix.group(1).toUpperCase()
                    + " are not accepted here; send the query itself, against the default database.");
        }
        if (LOAD_CSV.matcher(code).find()) {
            throw new QueryRefusedException("LOAD CSV is not allowed: the Cypher endpoint only reads the graph.");
        }
        if (IN_TRANSACTIONS.matcher(code).find()) {
            throw new QueryRefusedException("CALL { … } IN TRANSACTIONS is not allowed: the Cypher endpoint only reads.");
        }
        if (TERMINATE.matcher(code).find()) {
            throw new QueryRefusedException("TERMINATE TRANSACTIONS is not allowed.");
        }
        Matcher call = PROCEDURE_CALL.matcher(code);
        while (call.find()) {
            checkProcedure(call.group(1).replaceAll("\\s+", ""));
        }
    }

    private ResultSummary explain(String cypher, Map<String, Object> params) {
        try (var session = driver.session(database.sessionConfig())) {
            return session.run("EXPLAIN " + cypher, params).consume();
        } catch (ClientException e) {
            throw new QueryRefusedException("Neo4j cannot plan this query: " + e.getMessage());
        }
    }

    private static void checkPlan(ResultSummary summary) {
        if (summary.queryType() != QueryType.READ_ONLY) {
            throw new QueryRefusedException("Only read queries are allowed; Neo4j plans this one as "
                    + summary.queryType() + " (it would change data or schema).");
        }
        if (summary.hasPlan()) {
            List<Plan> stack = new ArrayList<>(List.of(summary.plan()));
            while (!stack.isEmpty()) {
                Plan plan = stack.remove(stack.size() - 1);
                checkOperator(plan);
                stack.addAll(plan.children());
            }
        }
    }

    private static void checkOperator(Plan plan) {
        String operator = plan.operatorType().replaceAll("@.*", "");
        if (operator.contains("LoadCSV")) {
            throw new QueryRefusedException("LOAD CSV is not allowed: the Cypher endpoint only reads the graph.");
        }
        if (operator.startsWith("Transaction")) {
            throw new QueryRefusedException("CALL { … } IN TRANSACTIONS is not allowed: the Cypher endpoint only reads.");
        }
        if (operator.contains("ProcedureCall")) {
            var details = plan.arguments().get("Details");
            Matcher name = PLAN_PROCEDURE.matcher(details == null ? "" : details.asString());
            checkProcedure(name.find() ? name.group(1) : "an unnamed procedure");
        }
    }

    private static void checkProcedure(String name) {
        if (!ALLOWED_PROCEDURES.contains(name)) {
            throw new QueryRefusedException("Procedure " + name + " is not allowed; read procedures that are: "
                    + String.join(", ", ALLOWED_PROCEDURES.stream().sorted().toList()) + ".");
        }
    }
}
