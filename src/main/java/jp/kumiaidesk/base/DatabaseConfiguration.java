package jp.kumiaidesk.base;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * With no {@code DB_URL} the app starts its own MariaDB (see {@link EmbeddedMariaDb}); with one, Spring Boot's
 * data source auto-configuration connects to the external server and this class does nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class DatabaseConfiguration {

    @Bean
    EmbeddedMariaDb embeddedMariaDb(@Value("${kd.data-dir}") String dataDir,
            @Value("${kd.embedded.fresh-start:false}") boolean freshStart) {
        EmbeddedPlatform.current().require();
        return EmbeddedMariaDb.start(Path.of(dataDir, "mariadb"), freshStart);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(embedded.jdbcUrl());
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("kumiai-embedded");
        return dataSource;
    }
}
