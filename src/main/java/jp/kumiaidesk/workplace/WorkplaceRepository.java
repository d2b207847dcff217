package jp.kumiaidesk.workplace;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkplaceRepository extends JpaRepository<Workplace, Long> {

    @Query("select w from Workplace w order by w.sortOrder, w.id")
    List<Workplace> findAllOrdered();

    long countByParentId(Long parentId);

    @Query("select coalesce(max(w.sortOrder), 0) from Workplace w where "
            + "(:parentId is null and w.parentId is null) or w.parentId = :parentId")
    int maxSortOrder(Long parentId);
}
