package org.passerelle.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.passerelle.audit.domain.AuditRecord;
import org.passerelle.audit.domain.AuditRepository;
import org.springframework.data.repository.Repository;

/**
 * The application has no path that changes or removes an audit entry: the repository can only add and read, the
 * only caller that adds is the event listener, the entity cannot change, and no SQL or JPQL of the application
 * updates or deletes the table. (On PostgreSQL the database refuses it as well: {@code
 * AuditAppendOnlyPostgresTest}; H2 has no such trigger.)
 */
class AuditAppendOnlyTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.passerelle");

    @Test
    void theRepositoryOnlyAddsAndReads() {
        assertThat(AuditRepository.class.getInterfaces()).containsExactly(Repository.class);
        List<String> methods = Arrays.stream(AuditRepository.class.getMethods())
                .map(Method::getName)
                .toList();
        assertThat(methods)
                .allMatch(
                        name -> name.equals("save") || name.startsWith("find") || name.equals("count"), "add or read");
    }

    @Test
    void onlyTheListenerAddsEntries() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(AuditLog.class.getName())
                .should()
                .callMethod(AuditRepository.class, "save", AuditRecord.class)
                .check(CLASSES);
    }

    @Test
    void anEntryCannotChange() {
        assertThat(AuditRecord.class.isAnnotationPresent(Immutable.class)).isTrue();
        assertThat(Arrays.stream(AuditRecord.class.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()))
                        .map(Method::getName))
                .allMatch(name -> name.startsWith("get"), "getters only");
    }

    /**
     * The one exception, erasure under the GDPR: {@code AuditErasure} rewrites the details and facts of entries (never
     * who, when, what or where), and it is the only class that hands the table to {@code FormerTexts.rewrite}.
     */
    @Test
    void onlyTheErasureRewritesAndOnlyTheDetailsAndFacts() throws IOException {
        Pattern rewrite =
                Pattern.compile("FormerTexts\\.rewrite\\(\\s*jdbc,\\s*\"audit_entry\",\\s*\"id\",\\s*\"(\\w+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String source = Files.readString(file);
                boolean touches = source.contains("\"audit_entry\"") && source.contains("FormerTexts");
                if (file.endsWith(Path.of("audit", "AuditErasure.java"))) {
                    var columns = rewrite.matcher(source)
                            .results()
                            .map(m -> m.group(1))
                            .toList();
                    assertThat(columns).containsExactlyInAnyOrder("details", "facts");
                } else {
                    assertThat(touches).as(file.toString()).isFalse();
                }
            }
        }
    }

    @Test
    void noSqlOfTheApplicationUpdatesOrDeletesTheLog() throws IOException {
        Pattern change = Pattern.compile(
                "(?i)(update\\s+(audit_entry|AuditRecord)\\b|delete\\s+(from\\s+)?(audit_entry|AuditRecord)\\b"
                        + "|truncate\\s+(table\\s+)?audit_entry)");
        try (Stream<Path> files =
                Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources/db")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(change.matcher(Files.readString(file)).find())
                        .as(file.toString())
                        .isFalse();
            }
        }
    }
}
