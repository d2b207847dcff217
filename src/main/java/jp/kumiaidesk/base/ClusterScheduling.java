package jp.kumiaidesk.base;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Every {@code @Scheduled} job also carries {@code @SchedulerLock}: with two or more app nodes on one database, the
 * node that takes the job's row in {@code shedlock} runs it and the others skip that run. The lock uses the
 * database's clock, so nodes with drifting clocks agree. A single node takes its own lock and notices nothing.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ClusterScheduling {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
