package cn.gongkai.functions.applications;

import cn.gongkai.domain.application.Action;
import cn.gongkai.domain.application.ApplicantKind;
import cn.gongkai.domain.application.Outcome;
import cn.gongkai.domain.application.Stage;
import cn.gongkai.domain.clock.Channel;
import cn.gongkai.domain.clock.PauseKind;
import cn.gongkai.domain.submission.DeliveryForm;
import cn.gongkai.domain.submission.DeliveryMethod;
import cn.gongkai.domain.submission.IdDocumentType;
import io.quarkus.funqy.Funq;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The choices the forms offer, with their Chinese names, straight from the domain: the citizen page and the staff
 * console build their selects from this, so a new outcome or channel needs no change to the pages. Public: nothing
 * here is about anyone.
 */
public class OptionsFunction {
    public record Option(String value, String name, String basis) {
    }

    public record Options(List<Option> stages, List<Option> channels, List<Option> applicantKinds,
                          List<Option> actions, List<Option> outcomes, List<Option> consultationKinds,
                          List<Option> deliveryForms, List<Option> deliveryMethods, List<Option> idTypes) {
    }

    private static final Options OPTIONS = new Options(
            of(Stage.values(), Stage::displayName, s -> null),
            of(Channel.values(), Channel::displayName, Channel::receiptRule),
            of(ApplicantKind.values(), ApplicantKind::displayName, k -> null),
            of(Action.values(), Action::displayName, a -> null),
            Arrays.stream(Outcome.values()).filter(Outcome::isReply)
                    .map(o -> new Option(o.name(), o.displayName(), o.basis())).toList(),
            List.of(option(PauseKind.THIRD_PARTY), option(PauseKind.OTHER_AGENCY)),
            of(DeliveryForm.values(), DeliveryForm::displayName, f -> null),
            of(DeliveryMethod.values(), DeliveryMethod::displayName, m -> null),
            of(IdDocumentType.values(), IdDocumentType::displayName, t -> null));

    @Funq("options")
    public Options options() {
        return OPTIONS;
    }

    private static Option option(PauseKind kind) {
        return new Option(kind.name(), kind.displayName(), kind.basis());
    }

    private static <E extends Enum<E>> List<Option> of(E[] values, Function<E, String> name, Function<E, String> basis) {
        return Arrays.stream(values).map(v -> new Option(v.name(), name.apply(v), basis.apply(v))).toList();
    }
}
