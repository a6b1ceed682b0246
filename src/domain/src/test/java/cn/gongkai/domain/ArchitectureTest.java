package cn.gongkai.domain;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

class ArchitectureTest {
    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gongkai.domain");

    static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses().that().resideInAPackage("cn.gongkai.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.quarkus..", "org.hibernate..", "jakarta.persistence..", "jakarta.enterprise..",
                    "jakarta.inject..", "jakarta.transaction..", "dev.langchain4j..", "io.quarkiverse..",
                    "java.sql..", "javax.sql..", "org.postgresql..", "io.vertx..", "com.fasterxml..")
            .because("the domain is plain Java: frameworks and storage stay in the adapters");

    @Test
    void theDomainImportsNoFrameworkNorJdbc() {
        assertThat(DOMAIN.size()).as("the rule must see the domain's classes").isGreaterThan(30);
        DOMAIN_IS_PLAIN_JAVA.check(DOMAIN);
    }
}
