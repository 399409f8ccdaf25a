package org.passerelle;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements a thread prepares or executes, whoever sends them (Hibernate, JdbcTemplate):
 * the data source of the test contexts hands out connections that count. Used to prove that a list
 * or a page costs a fixed number of queries, not one per row (no N+1).
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounter {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);
    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall");
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch");

    /** The number of statements this thread sent while running the action, and its result. */
    public record Counted<T>(T result, long statements) {}

    public static <T> Counted<T> count(Callable<T> action) throws Exception {
        long before = COUNT.get()[0];
        T result = action.call();
        return new Counted<>(result, COUNT.get()[0] - before);
    }

    @Bean
    static BeanPostProcessor countingDataSources() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof Counting)
                        ? new Counting(dataSource)
                        : bean;
            }
        };
    }

    static final class Counting extends DelegatingDataSource {
        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws java.sql.SQLException {
            return counting(super.getConnection(username, password));
        }
    }

    private static Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                QueryCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(connection, method, args);
                    if (STATEMENTS.contains(method.getName())) {
                        COUNT.get()[0]++;
                    } else if (method.getName().equals("createStatement")) {
                        return countingStatement((java.sql.Statement) result);
                    }
                    return result;
                });
    }

    private static java.sql.Statement countingStatement(java.sql.Statement statement) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                COUNT.get()[0]++;
            }
            return invoke(statement, method, args);
        };
        return (java.sql.Statement) Proxy.newProxyInstance(
                QueryCounter.class.getClassLoader(), new Class<?>[] {java.sql.Statement.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
