package org.yrdkg;

import java.util.Comparator;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;

/**
 * The order the suite's two lanes take the test classes in (junit-platform.properties). JUnit's parallel executor
 * forks every class in this order onto one worker's queue; that worker takes them from the end, the other steals
 * them from the start. The classes on the shared service and graph ({@link EmbeddedGraphTest}) run one at a time
 * whatever the lanes, so they go at the end: one lane works through them while the other takes everything else
 * from the start. A lane that reached a shared-graph class while the other held the graph would wait idle for
 * the lock; here that happens only once nothing else is left.
 *
 * <p>{@link Order @Order} on a class says how early its lane starts it: the longest classes first, so that no long
 * class starts last and runs alone at the end. Classes without one keep the order they were found in.
 */
public final class TwoLanes implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingLong(TwoLanes::position));
    }

    private static long position(ClassDescriptor d) {
        long order = d.findAnnotation(Order.class).map(Order::value).orElse(Order.DEFAULT);
        // the shared-graph lane runs from the end: its first class is the last one here
        return EmbeddedGraphTest.class.isAssignableFrom(d.getTestClass()) ? (1L << 32) - order : order;
    }
}
