package jp.kumiaidesk.hq;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnionSheetRepository extends JpaRepository<UnionSheet, Long> {

    Optional<UnionSheet> findByYearAndUnionKey(int year, String unionKey);

    List<UnionSheet> findByYearOrderByUnionNameAsc(int year);
}
