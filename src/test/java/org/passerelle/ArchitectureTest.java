package org.passerelle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.passerelle.base.ui.ComponentTexts;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/**
 * Layers run one way (ui → service → domain), repositories stay inside their module, and Markdown has one
 * renderer.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // not the code Spring AOT generates at package time into target/classes (Foo__BeanDefinitions, proxies)
            .withImportOption(location -> !location.contains("__") && !location.contains("$$SpringCGLIB$$"))
            .importPackages("org.passerelle");

    @Test
    void domainDependsNeitherOnServicesNorOnViews() {
        noClasses()
                .that()
                .resideInAPackage("org.passerelle..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.passerelle..ui..")
                .orShould()
                .dependOnClassesThat()
                .areAnnotatedWith(Service.class)
                .check(CLASSES);
    }

    @Test
    void servicesDoNotDependOnViews() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.passerelle..ui..")
                .and()
                .areNotAnnotatedWith(Configuration.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.passerelle..ui..")
                .check(CLASSES);
    }

    @Test
    void viewsDoNotUseRepositories() {
        noClasses()
                .that()
                .resideInAPackage("org.passerelle..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositoriesLiveInTheDomainPackageOfTheirModule() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .areInterfaces()
                .should()
                .resideInAPackage("org.passerelle.*.domain..")
                .check(CLASSES);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirModule() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .areInterfaces()
                .should(beUsedOnlyFromTheirOwnModule())
                .check(CLASSES);
    }

    @Test
    void entitiesAndRepositoriesAreNotInViews() {
        noClasses()
                .that()
                .resideInAPackage("org.passerelle..ui..")
                .should()
                .beAnnotatedWith(jakarta.persistence.Entity.class)
                .check(CLASSES);
    }

    @Test
    void viewsAreFinalOrPackagePrivateComponents() {
        classes()
                .that()
                .resideInAPackage("org.passerelle..ui..")
                .and()
                .areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .should()
                .haveModifier(JavaModifier.FINAL)
                .check(CLASSES);
    }

    /**
     * A page gains other modules' sections through {@code base.ui.PageSection}: no module's views import
     * another module's views (the shell in {@code base.ui} and the sign-in pages in {@code security.ui} are
     * everyone's).
     */
    @Test
    void noModuleImportsAnotherModulesViews() {
        classes()
                .that()
                .resideInAPackage("org.passerelle.*.ui..")
                .should(new ArchCondition<>("use no other module's views") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        String module = moduleOf(view);
                        view.getDirectDependenciesFromSelf().forEach(dependency -> {
                            JavaClass target = dependency.getTargetClass();
                            String targetModule = moduleOf(target);
                            boolean otherView = target.getPackageName().matches("org\\.passerelle\\.\\w+\\.ui(\\..*)?")
                                    && !targetModule.equals(module)
                                    && !targetModule.equals("base")
                                    && !targetModule.equals("security");
                            if (otherView) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                })
                .check(CLASSES);
    }

    /**
     * Every page shows Markdown through {@link org.passerelle.base.MarkdownHtml} (directly or through
     * {@code base.ui.MarkdownView}), whose hostile-input tests then cover every module: nobody renders
     * Markdown with commonmark or Vaadin's client-side Markdown component on the side.
     */
    @Test
    void markdownIsRenderedOnlyByTheOneRenderer() {
        noClasses()
                .that(DescribedPredicate.not(
                        JavaClass.Predicates.belongToAnyOf(org.passerelle.base.MarkdownHtml.class)))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.commonmark..", "com.vaadin.flow.component.markdown..")
                .check(CLASSES);
    }

    /**
     * A component whose web component has English texts of its own (date pickers, password fields, grids) is
     * handed to {@link ComponentTexts#translated} where it is built, so a new view cannot forget its French.
     */
    @Test
    void componentsWithTextsOfTheirOwnAreTranslatedWhereTheyAreBuilt() {
        classes()
                .should(new ArchCondition<>("hand each component with texts of its own to ComponentTexts.translated") {
                    @Override
                    public void check(JavaClass javaClass, ConditionEvents events) {
                        javaClass.getConstructorCallsFromSelf().stream()
                                // a subclass of ours (ProposalGrid) is checked where it calls Vaadin's constructor
                                .filter(call ->
                                        call.getTargetOwner().getPackageName().startsWith("com.vaadin."))
                                .filter(call -> ComponentTexts.WITH_TEXTS.stream()
                                        .anyMatch(type -> call.getTargetOwner().isAssignableTo(type)))
                                .forEach(call -> {
                                    boolean translated = call.getOrigin().getMethodCallsFromSelf().stream()
                                            .anyMatch(method ->
                                                    method.getTargetOwner().isEquivalentTo(ComponentTexts.class)
                                                            && method.getName().equals("translated"));
                                    events.add(new SimpleConditionEvent(call, translated, call.getDescription()));
                                });
                    }
                })
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnModule() {
        return new ArchCondition<>("be used only from their own module") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String module = moduleOf(repository);
                repository.getDirectDependenciesToSelf().forEach(dependency -> {
                    String origin = moduleOf(dependency.getOriginClass());
                    boolean ok = module.equals(origin)
                            || dependency.getOriginClass().getPackageName().startsWith("org.springframework");
                    events.add(new SimpleConditionEvent(dependency, ok, dependency.getDescription()));
                });
            }
        };
    }

    private static String moduleOf(JavaClass javaClass) {
        String[] parts = javaClass.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    /**
     * Dates, times and amounts reach people through {@link org.passerelle.base.Formats} only, so the same value
     * reads the same on every page (day first, the 24-hour clock, "25 000 €"): nobody builds a formatter of their
     * own for people (machine formats such as ISO dates in CSV files and mail headers are not made this way).
     */
    @Test
    void valuesForPeopleAreFormattedInOnePlace() {
        noClasses()
                .that(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(org.passerelle.base.Formats.class)))
                .should()
                .callMethodWhere(new DescribedPredicate<>("a localized formatter of dates, times or money") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaMethodCall call) {
                        String owner = call.getTargetOwner().getName();
                        String name = call.getName();
                        return (owner.equals(java.time.format.DateTimeFormatter.class.getName())
                                        && name.startsWith("ofLocalized"))
                                || (owner.equals(java.text.NumberFormat.class.getName())
                                        && (name.equals("getCurrencyInstance") || name.equals("getPercentInstance")));
                    }
                })
                .check(CLASSES);
    }

    /**
     * Vaadin looks for routes, layouts, error views and the app shell only in the modules' {@code ui} packages
     * ({@link Application#VIEW_PACKAGES}, a shorter start): a view put anywhere else would not be found.
     */
    @Test
    void everythingVaadinLooksForAtStartIsInAUiPackage() {
        DescribedPredicate<JavaClass> lookedFor =
                new DescribedPredicate<>("routes, layouts, error views and app shells") {
                    @Override
                    public boolean test(JavaClass type) {
                        return type.isAnnotatedWith(com.vaadin.flow.router.Route.class)
                                || type.isAnnotatedWith(com.vaadin.flow.router.RouteAlias.class)
                                || type.isAnnotatedWith(com.vaadin.flow.router.Layout.class)
                                || (!type.isInterface()
                                        && (type.isAssignableTo(com.vaadin.flow.router.HasErrorParameter.class)
                                                || type.isAssignableTo(
                                                        com.vaadin.flow.component.page.AppShellConfigurator.class)));
                    }
                };
        classes()
                .that(lookedFor)
                .should()
                .resideInAPackage(Application.VIEW_PACKAGES + "..")
                .check(CLASSES);
        if (CLASSES.stream().noneMatch(lookedFor)) {
            throw new AssertionError("no route found: the rule above checked nothing");
        }
    }
}
