package cn.gongkai.cli;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import picocli.CommandLine;

/**
 * Lets picocli take commands from CDI, so a command annotated {@code @Dependent} gets injection;
 * any other class (picocli's own HelpCommand, a plain command) is made by picocli as usual.
 */
final class CdiCommandFactory implements CommandLine.IFactory {

    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    @Override
    public <K> K create(Class<K> type) throws Exception {
        InstanceHandle<K> bean = Arc.container().instance(type);
        return bean.isAvailable() ? bean.get() : fallback.create(type);
    }
}
