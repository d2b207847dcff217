package jp.kumiaidesk.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.data.repository.Repository;

/**
 * The deferred repositories of decision 0019 when the app runs on Spring's build-time bean definitions
 * ({@code spring.aot.enabled}, decision 0021). Spring Data makes a repository's injection points lazy and creates all
 * repositories once the context is refreshed while it registers them at run time; the generated bean definitions
 * keep the repositories lazy but lose both, so every bean that injects one would wait, before the web server opens,
 * for Hibernate's {@code EntityManagerFactory} being built beside it. Without AOT this class does nothing (Spring Data
 * does it).
 */
@Configuration(proxyBeanMethods = false)
class AotRepositories {

    private static final Logger log = LoggerFactory.getLogger(AotRepositories.class);

    /** Injection points of a repository get a proxy that makes it at the first call, as Spring Data's own do. */
    @Bean
    static BeanFactoryPostProcessor lazyRepositoryInjection() {
        return beanFactory -> {
            if (AotDetector.useGeneratedArtifacts() && beanFactory instanceof DefaultListableBeanFactory factory
                    && factory.getAutowireCandidateResolver() instanceof ContextAnnotationAutowireCandidateResolver) {
                factory.setAutowireCandidateResolver(new LazyRepositories());
            }
        };
    }

    /**
     * All repositories made after the web server opened its port and before the app reports ready. Once, for the
     * application's context: the management server's child context publishes its own refresh to this listener too.
     */
    @Bean
    static ApplicationListener<ContextRefreshedEvent> makeRepositoriesAfterRefresh() {
        return event -> {
            if (AotDetector.useGeneratedArtifacts() && event.getApplicationContext().getParent() == null) {
                long t0 = System.nanoTime();
                int count = event.getApplicationContext().getBeansOfType(Repository.class).size();
                log.info("{} Spring Data repositories made after the web server opened, in {} ms", count,
                        (System.nanoTime() - t0) / 1_000_000);
            }
        };
    }

    static final class LazyRepositories extends ContextAnnotationAutowireCandidateResolver {

        @Override
        protected boolean isLazy(DependencyDescriptor descriptor) {
            return Repository.class.isAssignableFrom(descriptor.getDependencyType()) || super.isLazy(descriptor);
        }
    }
}
