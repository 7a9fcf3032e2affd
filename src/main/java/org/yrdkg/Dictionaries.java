package org.yrdkg;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yrdkg.extract.place.Gazetteer;

/**
 * Loads the gazetteer of China's divisions (the extractor's largest table) on its own thread while the
 * Spring context and Neo4j start, instead of on the main thread when the extractor bean is built.
 */
final class Dictionaries {

    private static final Logger log = LoggerFactory.getLogger(Dictionaries.class);

    private Dictionaries() {
    }

    static void loadInBackground() {
        Thread thread = new Thread(() -> {
            long started = System.nanoTime();
            Gazetteer.shared();
            log.debug("Gazetteer loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        }, "dictionaries");
        thread.setDaemon(true);
        thread.start();
    }
}
