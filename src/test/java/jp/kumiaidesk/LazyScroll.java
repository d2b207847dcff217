package jp.kumiaidesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.data.provider.DataCommunicator;

/**
 * Scrolls a lazy list (grid or virtual list) to its end the way a browser does: overlapping windows that do not
 * start on a page boundary, each fetched through the list's own data communicator — so Vaadin's own check (no
 * more rows than the limit) runs, and each window must hold exactly the rows it asked for.
 */
public final class LazyScroll {

    /** A virtual list's viewport moves by fewer rows than it asks for. */
    public static final int STEP = 37;
    public static final int LIMIT = 50;

    private static final Method FETCH;

    static {
        try {
            FETCH = DataCommunicator.class.getDeclaredMethod("fetchFromProvider", int.class, int.class);
            FETCH.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private LazyScroll() {
    }

    /** Every row, in order, after scrolling from the top to the end; fails on a window of the wrong rows. */
    public static <T> List<T> toEnd(DataCommunicator<T> communicator) {
        return toEnd(communicator, STEP, LIMIT);
    }

    /**
     * The same with windows of {@code limit} rows, {@code step} rows apart (for short lists). A list of unknown size
     * (the grid asks for no count) ends with the first window that is not full.
     */
    public static <T> List<T> toEnd(DataCommunicator<T> communicator, int step, int limit) {
        return toEnd(communicator, step, limit, Function.identity());
    }

    /** The same for rows that are the same when their {@code key} is (entities without equals). */
    public static <T> List<T> toEnd(DataCommunicator<T> communicator, int step, int limit, Function<T, ?> key) {
        Integer size = communicator.isDefinedSize() ? GridKt._size(communicator) : null;
        List<T> rows = new ArrayList<>();
        for (int offset = 0; size == null || offset < size; offset += step) {
            List<T> window = fetch(communicator, offset, limit);
            if (size != null) {
                assertThat(window).as("rows %d–%d of %d", offset, offset + limit, size)
                        .hasSize(Math.min(limit, size - offset));
            } else {
                assertThat(window).as("rows %d–%d", offset, offset + limit).hasSizeLessThanOrEqualTo(limit);
                assertThat(offset + window.size()).as("the end moved back").isGreaterThanOrEqualTo(rows.size());
            }
            for (int i = 0; i < window.size(); i++) {
                if (offset + i < rows.size()) {
                    assertThat(key.apply(window.get(i))).as("row %d fetched twice", offset + i)
                            .isEqualTo(key.apply(rows.get(offset + i)));
                } else {
                    rows.add(window.get(i));
                }
            }
            if (size == null && window.size() < limit) {
                break;
            }
        }
        assertThat(rows.stream().map(key).toList()).doesNotHaveDuplicates();
        if (size != null) {
            assertThat(rows).hasSize(size);
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    public static <T> List<T> fetch(DataCommunicator<T> communicator, int offset, int limit) {
        try (Stream<T> rows = (Stream<T>) FETCH.invoke(communicator, offset, limit)) {
            return rows.toList();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
        }
    }
}
