package jp.kumiaidesk.base;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Spring Boot's data source auto-configuration connects to {@code spring.datasource.url}: {@code DB_URL}, or the
 * embedded MariaDB that {@link EarlyDatabaseStart} started before the context (see {@link EmbeddedMariaDb}). This
 * class only makes a data source wait, before it is used, until that embedded database takes connections.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    static BeanPostProcessor embeddedDatabaseReady() {
        return new EmbeddedDatabaseReady();
    }

    /** Before any data source is initialised: the embedded database it points at has started. */
    static final class EmbeddedDatabaseReady implements BeanPostProcessor {

        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) {
            if (bean instanceof DataSource dataSource) {
                EmbeddedMariaDb.serving(url(dataSource)).ifPresent(EmbeddedMariaDb::awaitReady);
            }
            return bean;
        }

        private static String url(DataSource dataSource) {
            return dataSource instanceof HikariDataSource hikari ? hikari.getJdbcUrl() : "";
        }
    }
}
