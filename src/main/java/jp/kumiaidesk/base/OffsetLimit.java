package jp.kumiaidesk.base;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/**
 * The rows a lazy list asks for — exactly {@code limit} rows from {@code offset} — as a Spring Data
 * {@link Pageable}.
 * <p>
 * Vaadin's {@code toSpringPageRequest} (and so {@code setItemsPageable}) turns a query into a page number and size.
 * A virtual list asks for windows that do not start on a page boundary (offset 75, limit 50): the page request
 * then widens the page to 75 rows, more than the limit (Vaadin's "Internal error"), or starts at 0 for offset 25
 * (the same rows twice, others never). Every lazy list goes through this instead: JPA reads
 * {@link #getOffset()} and {@link #getPageSize()} as they are.
 */
public record OffsetLimit(long offset, int limit, Sort sort) implements Pageable {

    public OffsetLimit {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        sort = sort == null ? Sort.unsorted() : sort;
    }

    public static OffsetLimit of(long offset, int limit) {
        return new OffsetLimit(offset, limit, Sort.unsorted());
    }

    /** What a lazy list's query asks for, with its sort orders. */
    public static OffsetLimit of(Query<?, ?> query) {
        return new OffsetLimit(query.getOffset(), query.getLimit(), VaadinSpringDataHelpers.toSpringDataSort(query));
    }

    /** The same rows of a list in {@code order}. */
    public static OffsetLimit sorted(Pageable rows, Sort order) {
        return new OffsetLimit(rows.getOffset(), rows.getPageSize(), order);
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetLimit(offset + limit, limit, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return new OffsetLimit(Math.max(0, offset - limit), limit, sort);
    }

    @Override
    public Pageable first() {
        return new OffsetLimit(0, limit, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetLimit((long) pageNumber * limit, limit, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
