package org.passerelle.base;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.data.repository.Repository;

/**
 * The Spring Data repositories made once the web server runs ({@code spring.data.jpa.repositories.bootstrap-mode=
 * deferred}, README "Start-up"), also when the context was prepared at build time (Spring AOT,
 * {@code -Dspring.aot.enabled=true}, what {@code target/app/start.sh} runs).
 *
 * <p>In the deferred mode Spring Data marks each repository bean lazy, gives the beans that need one a proxy that
 * finds it on first use, and makes them all once the context is refreshed. The lazy marks survive the build-time
 * processing, but the proxies and the final step do not (they are set on the bean factory while the bean
 * definitions are registered, which AOT replaces by generated code): the first service that needs a repository
 * would then wait for Hibernate's entity manager factory before the web server starts. This initializer puts both
 * back, in AOT mode only; without AOT Spring Data does it itself.
 */
public final class DeferredRepositories implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!AotDetector.useGeneratedArtifacts()
                || !(context.getBeanFactory() instanceof DefaultListableBeanFactory beanFactory)) {
            return;
        }
        beanFactory.setAutowireCandidateResolver(new LazyRepositoryInjection(beanFactory));
        context.addApplicationListener(event -> {
            if (event instanceof ContextRefreshedEvent refreshed && refreshed.getApplicationContext() == context) {
                beanFactory.getBeansOfType(Repository.class);
            }
        });
    }

    /** A lazy proxy for every injection of a repository whose bean is lazy (as Spring Data does in this mode). */
    static final class LazyRepositoryInjection extends ContextAnnotationAutowireCandidateResolver {

        private final DefaultListableBeanFactory beanFactory;

        LazyRepositoryInjection(DefaultListableBeanFactory beanFactory) {
            this.beanFactory = beanFactory;
        }

        @Override
        protected boolean isLazy(DependencyDescriptor descriptor) {
            Class<?> type = descriptor.getDependencyType();
            if (type.isInterface() && Repository.class.isAssignableFrom(type)) {
                String[] names = beanFactory.getBeanNamesForType(type, true, false);
                if (names.length == 1 && beanFactory.containsBeanDefinition(names[0])) {
                    BeanDefinition definition = beanFactory.getBeanDefinition(names[0]);
                    if (definition.isLazyInit()) {
                        return true;
                    }
                }
            }
            return super.isLazy(descriptor);
        }
    }
}
