package jp.kumiaidesk;

import java.util.Collections;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;

/**
 * Test classes and methods in a random order that one number reproduces: the seed is
 * {@code surefire.runOrder.random.seed} (the pom gives each build a new one and surefire passes it on), printed once
 * per run. Sorting by name first makes the shuffle depend on the seed only, not on discovery order.
 */
public final class RandomOrder {

    private static final AtomicBoolean PRINTED = new AtomicBoolean();

    private RandomOrder() {
    }

    static long seed() {
        String configured = System.getProperty("surefire.runOrder.random.seed", "");
        long seed;
        try {
            seed = Long.parseLong(configured.strip());
        } catch (NumberFormatException e) {
            seed = System.nanoTime();
        }
        if (PRINTED.compareAndSet(false, true)) {
            System.out.println("[RandomOrder] tests in random order, seed " + seed
                    + " (the same order again: ./mvnw verify -Dsurefire.runOrder.random.seed=" + seed + ")");
        }
        return seed;
    }

    public static final class Classes implements ClassOrderer {
        @Override
        public void orderClasses(ClassOrdererContext context) {
        }
    }

    public static final class Methods implements MethodOrderer {
        @Override
        public void orderMethods(MethodOrdererContext context) {
            context.getMethodDescriptors().sort(Comparator.comparing((MethodDescriptor m) -> m.getMethod().getName())
                    .thenComparing(m -> m.getMethod().toString()));
            Collections.shuffle(context.getMethodDescriptors(),
                    new java.util.Random(seed() ^ context.getTestClass().getName().hashCode()));
        }
    }
}
