package jp.kumiaidesk.base;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Before a data source is initialised, waits until the embedded MariaDB it points at takes connections. Spring Boot's
 * data source auto-configuration connects to {@code spring.datasource.url}: {@code DB_URL}, or the embedded database
 * that {@link EarlyDatabaseStart} started, in the background, before the context (see {@link EmbeddedMariaDb}).
 */
@Component
class EmbeddedDatabaseReady implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource) {
            EmbeddedMariaDb.serving(dataSource.getJdbcUrl()).ifPresent(EmbeddedMariaDb::awaitReady);
        }
        return bean;
    }
}
