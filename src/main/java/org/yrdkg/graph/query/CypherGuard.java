package org.yrdkg.graph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.stereotype.Component;
import org.yrdkg.graph.GraphDatabase;
import org.yrdkg.graph.read.QueryTimeoutException;

/**
 * Decides whether a Cypher text may run against the graph: only one statement, only reads. Two checks,
 * both must pass: the words of the query (comments and string values blanked out) and Neo4j's own plan
 * of it ({@code EXPLAIN}, which runs nothing): the query type must be READ_ONLY, and the plan may hold
 * no CSV loading, no batched transactions, no SHOW or TERMINATE command and no procedure outside a short
 * list of read procedures. Unicode spaces and separators are made plain first (the normalised text is what
 * runs); the text is capped in length ({@value #MAX_LENGTH} characters) and bracket nesting
 * ({@value #MAX_NESTING}) before Neo4j parses it, and {@code EXPLAIN} runs under the query time limit.
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
    /** SHOW/TERMINATE commands (transactions, settings, users, databases, procedures …) open the statement. */
    private static final Pattern COMMAND = Pattern.compile("(?i)^\\s*(SHOW|TERMINATE)\\b");

    /** Longest query text accepted, in characters. */
    public static final int MAX_LENGTH = 64 * 1024;
    /** Deepest bracket nesting accepted: Neo4j's parser recurses per level, and 1,000 levels overflowed its stack. */
    public static final int MAX_NESTING = 64;
    /**
     * Most AND/OR/XOR operators accepted: planning time grows faster than the number of terms (8,000 ORs
     * planned for 150 s, 255 for over 10 s on a busy machine) and Neo4j does not stop planning at the time
     * limit. A list with IN does the same.
     */
    public static final int MAX_BOOLEAN_TERMS = 100;
    private static final Pattern BOOLEAN_OPERATOR = Pattern.compile("(?i)\\b(?:AND|OR|XOR)\\b");
    /** How long past the time limit the guard waits for Neo4j's plan before answering 504 itself. */
    private static final long PLAN_WAIT_GRACE_MILLIS = 2_000;
    private static final Pattern PROCEDURE_CALL =
            Pattern.compile("(?i)\\bCALL\\s+([A-Za-z_][\\w$]*(?:\\s*\\.\\s*[A-Za-z_][\\w$]*)*)");
    private static final Pattern PLAN_PROCEDURE = Pattern.compile("^\\s*([A-Za-z_][\\w$.]*)\\s*\\(");

    private final Driver driver;
    private final GraphDatabase database;

    public CypherGuard(Driver driver, GraphDatabase database) {
        this.driver = driver;
        this.database = database;
    }

    /**
     * {@link #check(String, Map, Duration)} for the files checked at start-up (named queries): planning
     * a file cold on a busy machine may take longer than a request may, so Neo4j's own limit applies.
     */
    public String check(String cypher, Map<String, Object> params) {
        return check(cypher, params, null);
    }

    /**
     * Returns the text to run (separators normalised) when the query may run; otherwise throws
     * {@link QueryRefusedException} with the reason, or {@link QueryTimeoutException} when Neo4j's plan
     * of it takes longer than {@code timeout} (null: no limit of ours).
     */
    public String check(String cypher, Map<String, Object> params, Duration timeout) {
        if (cypher == null || cypher.isBlank()) {
            throw new QueryRefusedException("The query is empty.");
        }
        if (cypher.length() > MAX_LENGTH) {
            throw new QueryRefusedException("The query is " + cypher.length() + " characters long; at most "
                    + MAX_LENGTH + " are accepted.");
        }
        String text = CypherText.normalized(cypher);
        String code = CypherText.code(text);
        if (CypherText.nesting(code) > MAX_NESTING) {
            throw new QueryRefusedException("The query nests brackets deeper than " + MAX_NESTING + " levels.");
        }
        if (BOOLEAN_OPERATOR.matcher(code).results().count() > MAX_BOOLEAN_TERMS) {
            throw new QueryRefusedException("The query has more than " + MAX_BOOLEAN_TERMS + " AND/OR/XOR operators; "
                    + "test a list instead (e.g. n.id IN $ids).");
        }
        checkWords(code);
        checkPlan(explain(text, params, timeout));
        return text;
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
        Matcher command = COMMAND.matcher(code);
        if (command.find()) {
            throw new QueryRefusedException(command.group(1).toUpperCase() + " commands are not allowed: they show or "
                    + "stop other clients' transactions, the server's settings, users or databases.");
        }
        Matcher call = PROCEDURE_CALL.matcher(code);
        while (call.find()) {
            checkProcedure(call.group(1).replaceAll("\\s+", ""));
        }
    }

    /**
     * Neo4j's plan of the query, waited for at most the time limit (and a little grace): the server's own
     * limit does not interrupt planning, so the request must not wait on it forever.
     */
    private ResultSummary explain(String cypher, Map<String, Object> params, Duration timeout) {
        TransactionConfig config = timeout == null ? TransactionConfig.empty()
                : TransactionConfig.builder().withTimeout(timeout).build();
        AsyncSession session = driver.session(AsyncSession.class, database.readSessionConfig());
        var summary = session.runAsync("EXPLAIN " + cypher, params, config)
                .thenCompose(ResultCursor::consumeAsync).toCompletableFuture();
        try {
            return timeout == null ? summary.get()
                    : summary.get(timeout.toMillis() + PLAN_WAIT_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new QueryTimeoutException(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryTimeoutException(timeout);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ClientException client) {
                if (QueryTimeoutException.isTimeout(client)) {
                    throw new QueryTimeoutException(timeout);
                }
                throw new QueryRefusedException("Neo4j cannot plan this query: " + client.getMessage());
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            session.closeAsync();
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
        if (operator.startsWith("Show") || operator.startsWith("Terminate")) {
            throw new QueryRefusedException("SHOW and TERMINATE commands are not allowed (" + operator + ").");
        }
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
