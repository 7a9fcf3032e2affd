package org.yrdkg.graph.correction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Service;
import org.yrdkg.extract.model.EntityType;
import org.yrdkg.graph.CypherFiles;
import org.yrdkg.graph.GraphDatabase;
import org.yrdkg.graph.read.BadParameterException;
import org.yrdkg.graph.read.Evidence;
import org.yrdkg.graph.read.GraphValues;
import org.yrdkg.graph.read.NotFoundException;
import tools.jackson.core.JacksonException;

/**
 * Analysts' corrections: made, listed, reverted, exported and imported. Each is stored as a
 * {@code :Correction} node and applied in the same transaction; loads apply it again ({@link CorrectionApplier}).
 */
@Service
public class Corrections {

    /** How many of a fact's sentences a correction's view shows. */
    private static final int EVIDENCE = 5;
    private static final int MAX_TEXT = 255;
    private static final int MAX_WHY = 2000;
    /** Fixed width, so that the text order of two times is their order (corrections apply oldest first). */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** What an import did: corrections new to the graph (applied unless reverted) and those already there. */
    public record Imported(int added, int alreadyThere) {
    }

    private final Driver driver;
    private final GraphDatabase database;
    private final CorrectionApplier applier;

    public Corrections(Driver driver, GraphDatabase database, CorrectionApplier applier) {
        this.driver = driver;
        this.database = database;
        this.applier = applier;
    }

    /**
     * Checks, stores and applies a correction (its id and time are given here).
     * @throws BadParameterException a malformed correction (unknown kind, missing argument, a place merged …)
     * @throws NotFoundException an entity or fact it names is not in the graph
     */
    public Correction create(CorrectionRequest request) {
        if (request == null) {
            throw new BadParameterException("body", "Send a correction as JSON: {\"kind\", \"who\", \"why\", \"arguments\"}.");
        }
        Correction c = new Correction("corr-" + UUID.randomUUID().toString().substring(0, 18), request.kind(),
                request.who(), WHEN.format(Instant.now()), request.why(), request.arguments(), false);
        checkShape(c);
        return write(tx -> {
            var touched = checkAgainstGraph(tx, c);
            CorrectionRows.save(tx, c, touched.get(0), touched.get(1));
            applier.applyAll(tx, List.of(c));
            return c;
        });
    }

    public List<Correction> list() {
        return read(CorrectionRows::all);
    }

    /** A correction; for a fact's, the sentences that state the fact (a rejected one's too). */
    public CorrectionDetail detail(String id) {
        return read(tx -> {
            Correction c = CorrectionRows.one(tx, id).orElseThrow(() -> unknown(id));
            if (!c.type().onFact()) {
                return CorrectionDetail.of(c, null);
            }
            var rows = tx.run(CypherFiles.query("read/fact-evidence"), Map.of("facts", List.of(c.argument("fact")),
                    "evidence", EVIDENCE)).list(row -> GraphValues.list(row.get("evidence"), Evidence::of));
            return CorrectionDetail.of(c, rows.isEmpty() ? List.of() : rows.get(0));
        });
    }

    /** Reverts a correction: the graph returns to what the loads give without it. Reverting twice changes nothing. */
    public Correction revert(String id) {
        return write(tx -> {
            Correction c = CorrectionRows.one(tx, id).orElseThrow(() -> unknown(id));
            if (!c.reverted()) {
                applier.revert(tx, c);
            }
            return c.asReverted();
        });
    }

    /** All corrections, reverted ones too, one JSON object a line, oldest first. */
    public int export(Writer out) throws IOException {
        List<Correction> all = list();
        for (Correction c : all) {
            out.write(CorrectionRows.JSON.writeValueAsString(c));
            out.write('\n');
        }
        out.flush();
        return all.size();
    }

    /**
     * Reads corrections exported by {@link #export} and stores those the graph does not have, applying each
     * in force to what is loaded now (later loads apply it to the rest). All lines are checked first: a bad
     * line imports nothing.
     */
    public Imported importFrom(Reader in) {
        List<Correction> read = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(in)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Correction c;
                try {
                    c = CorrectionRows.JSON.readValue(line, Correction.class);
                } catch (JacksonException e) {
                    throw new BadParameterException("line " + number, "Line " + number + " is not a correction in JSON.");
                }
                if (c.id() == null || c.id().isBlank() || c.when() == null) {
                    throw new BadParameterException("line " + number, "Line " + number + " has no id or no time (when).");
                }
                checkTime(c.when(), number);
                checkShape(c);
                read.add(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(tx -> {
            int added = 0;
            for (Correction c : read) {
                if (CorrectionRows.one(tx, c.id()).isPresent()) {
                    continue;
                }
                var touched = touched(tx, c);
                CorrectionRows.save(tx, c, touched.get(0), touched.get(1));
                if (!c.reverted()) {
                    applier.applyAll(tx, List.of(c));
                }
                added++;
            }
            return new Imported(added, read.size() - added);
        });
    }

    private static void checkTime(String when, int line) {
        try {
            Instant.parse(when);
        } catch (DateTimeParseException e) {
            throw new BadParameterException("line " + line, "Line " + line + ": 'when' is not an ISO-8601 instant.");
        }
    }

    /** The kind is known, who is given, and every argument the kind takes is there and plain text. */
    private static void checkShape(Correction c) {
        if (c.kind() == null || CorrectionKind.of(c.kind()).isEmpty()) {
            throw new BadParameterException("kind", "kind must be one of " + String.join(", ", CorrectionKind.names()) + ".");
        }
        if (c.who() == null || c.who().isBlank() || c.who().length() > MAX_TEXT) {
            throw new BadParameterException("who", "who (the analyst) is required, at most " + MAX_TEXT + " characters.");
        }
        if (c.why() != null && c.why().length() > MAX_WHY) {
            throw new BadParameterException("why", "why is at most " + MAX_WHY + " characters.");
        }
        CorrectionKind kind = c.type();
        Map<String, String> arguments = c.arguments() == null ? Map.of() : c.arguments();
        for (String name : kind.arguments()) {
            String value = arguments.get(name);
            if (value == null || value.isBlank() || value.length() > MAX_TEXT || value.chars().anyMatch(Character::isISOControl)) {
                throw new BadParameterException("arguments." + name, kind.wire() + " needs arguments " + kind.arguments()
                        + "; '" + name + "' is missing, blank, over " + MAX_TEXT + " characters or has control characters.");
            }
        }
        if (!arguments.keySet().stream().allMatch(kind.arguments()::contains)) {
            throw new BadParameterException("arguments", kind.wire() + " takes only " + kind.arguments() + ".");
        }
        if (kind == CorrectionKind.RETYPE && !movableTypes().contains(arguments.get("type"))) {
            throw new BadParameterException("arguments.type", "type must be one of " + movableTypes()
                    + " (places are typed by their official division code).");
        }
        if (kind == CorrectionKind.MERGE && arguments.get("source").equals(arguments.get("target"))) {
            throw new BadParameterException("arguments.target", "An entity cannot be merged into itself.");
        }
    }

    /** Checks what the correction names against the graph; returns the entity and fact ids it touches. */
    private List<List<String>> checkAgainstGraph(TransactionContext tx, Correction c) {
        Map<String, String> a = c.arguments();
        switch (c.type()) {
            case MERGE -> {
                notPlace(entity(tx, a.get("source")), "source");
                notPlace(entity(tx, a.get("target")), "target");
            }
            case SPLIT -> {
                var e = notPlace(entity(tx, a.get("entity")), "entity");
                if (!EntityShaper.strings(e.get("aliases")).contains(a.get("alias"))) {
                    throw new BadParameterException("arguments.alias", "'" + a.get("alias") + "' is not an alias of " + a.get("entity") + ".");
                }
            }
            case RETYPE -> notPlace(entity(tx, a.get("entity")), "entity");
            case RENAME, ADD_ALIAS, REMOVE_ALIAS -> entity(tx, a.get("entity"));
            case REJECT, CONFIRM -> {
                if (CorrectionRows.rows(tx, "fact", Map.of("id", a.get("fact"))).isEmpty()) {
                    throw new NotFoundException("No such fact", "No fact with id '" + a.get("fact") + "'.");
                }
            }
        }
        return touched(tx, c);
    }

    /** Entities and facts a load must look for to apply the correction again; a fact's ends, to show it there. */
    private static List<List<String>> touched(TransactionContext tx, Correction c) {
        List<String> entities = new ArrayList<>(Touched.entities(c));
        List<String> facts = new ArrayList<>();
        if (c.type().onFact()) {
            String fact = c.argument("fact");
            facts.add(fact);
            var found = CorrectionRows.rows(tx, "fact", Map.of("id", fact));
            if (!found.isEmpty()) {
                entities.add((String) found.get(0).get("sourceId"));
                entities.add((String) found.get(0).get("targetId"));
            }
        }
        return List.of(entities, facts);
    }

    private static Map<String, Object> entity(TransactionContext tx, String id) {
        var rows = CorrectionRows.rows(tx, "entity-state", Map.of("id", id));
        if (rows.isEmpty()) {
            throw new NotFoundException("No such entity", "No entity with id '" + id + "'.");
        }
        return rows.get(0);
    }

    private static Map<String, Object> notPlace(Map<String, Object> entity, String argument) {
        String type = EntityShaper.typeOf(EntityShaper.strings(entity.get("labels")), null);
        if (type != null && EntityType.valueOf(type).isPlace()) {
            throw new BadParameterException("arguments." + argument, "Places are identified by their official division "
                    + "code: they can be renamed and given aliases, not merged, split or retyped.");
        }
        return entity;
    }

    private static List<String> movableTypes() {
        return java.util.Arrays.stream(EntityType.values()).filter(t -> !t.isPlace()).map(Enum::name).toList();
    }

    private static NotFoundException unknown(String id) {
        return new NotFoundException("No such correction", "No correction with id '" + id + "'.");
    }

    private <T> T write(org.neo4j.driver.TransactionCallback<T> work) {
        try (var session = driver.session(database.sessionConfig())) {
            return session.executeWrite(work);
        }
    }

    private <T> T read(org.neo4j.driver.TransactionCallback<T> work) {
        try (var session = driver.session(database.readSessionConfig())) {
            return session.executeRead(work);
        }
    }
}
