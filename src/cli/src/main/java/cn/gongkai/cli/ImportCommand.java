package cn.gongkai.cli;

import cn.gongkai.applications.ApplicationDesk;
import cn.gongkai.applications.ImportFile;
import cn.gongkai.applications.ImportReport;
import cn.gongkai.domain.application.Actor;
import cn.gongkai.domain.application.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Dependent
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"导入历史申请（JSON行，每行一件），全部通过才写入；逐行报告被拒绝的原因。",
                "Imports historical applications from a JSON-lines file, all or nothing. See README for the format."})
public class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "applications", description = "what to import: applications")
    String what;

    @Parameters(index = "1", paramLabel = "FILE", description = "the JSON-lines file")
    Path file;

    private final ApplicationDesk desk;
    private final ObjectMapper json;

    public ImportCommand(ApplicationDesk desk, ObjectMapper json) {
        this.desk = desk;
        this.json = json;
    }

    @Override
    public Integer call() throws IOException {
        if (!"applications".equals(what)) {
            System.err.println("只能导入 applications：./gongkai import applications FILE");
            return 2;
        }
        ImportReport report = desk.importApplications(
                ImportFile.parse(Files.readAllLines(file, StandardCharsets.UTF_8), json),
                new Actor("import:" + file.getFileName(), Role.OFFICE_HEAD));
        System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        System.err.printf("%d lines, %d imported, %d rejected%s%n", report.lines(), report.imported(),
                report.rejected().size(), report.rejected().isEmpty() ? "" : " (nothing written)");
        return report.rejected().isEmpty() ? 0 : 1;
    }
}
