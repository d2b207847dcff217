package jp.kumiaidesk.bargaining;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BargainingSeasonRepository extends JpaRepository<BargainingSeason, Long> {

    List<BargainingSeason> findAllByOrderByStartsOnDescIdDesc();

    boolean existsByName(String name);
}

interface DemandRepository extends JpaRepository<Demand, Long> {

    List<Demand> findBySeasonIdOrderBySortOrderAscIdAsc(long seasonId);

    Optional<Demand> findBySeasonIdAndTitle(long seasonId, String title);
}

interface BargainingSessionRepository extends JpaRepository<BargainingSession, Long> {

    List<BargainingSession> findAllByOrderByHeldOnDescIdDesc();

    List<BargainingSession> findBySeasonIdOrderByHeldOnAscIdAsc(long seasonId);
}
