package cn.gongkai.cli;

import cn.gongkai.applications.DataKeyRotation;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "admin", mixinStandardHelpOptions = true,
        description = {"运维操作。", "Operations on the stored data."},
        subcommands = {AdminCommand.RotateDataKey.class})
public class AdminCommand {

    @Dependent
    @Command(name = "rotate-data-key", mixinStandardHelpOptions = true,
            description = {"数据密钥轮换后，把仍以旧密钥加密的个人信息分批改用当前密钥加密（可中断、可重复运行）。",
                    "After a data-key rotation (GONGKAI_DATA_KEY the new key, GONGKAI_DATA_KEYS_PREVIOUS the old ones),"
                            + " re-encrypts what is still under an old key, in batches of their own transaction: a run"
                            + " stopped half-way is resumed by running it again. Prints per column what it did and what"
                            + " is left; exit 0 when nothing is left under an old key, 3 when some is."})
    public static class RotateDataKey implements Callable<Integer> {
        @Option(names = "--batch", defaultValue = "500", description = "values per batch (default: ${DEFAULT-VALUE})")
        int batch;
        @Option(names = "--max-batches", defaultValue = "0",
                description = "stop after this many batches per column (default: 0, until done)")
        int maxBatches;
        @Option(names = "--status", description = "only count what is still under an old key")
        boolean status;

        private final DataKeyRotation rotation;
        private final ObjectMapper json;

        public RotateDataKey(DataKeyRotation rotation, ObjectMapper json) {
            this.rotation = rotation;
            this.json = json;
        }

        @Override
        public Integer call() throws Exception {
            DataKeyRotation.Result result = status ? rotation.status() : rotation.run(batch, maxBatches);
            System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(result));
            return result.finished() ? 0 : 3;
        }
    }
}
