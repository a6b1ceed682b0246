package cn.gongkai.domain.application;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The state machine: which actions each stage allows, and where each leads. */
public final class Lifecycle {
    private static final Map<Stage, EnumSet<Action>> ALLOWED = new EnumMap<>(Stage.class);

    static {
        ALLOWED.put(Stage.AWAITING_CONFIRMATION, EnumSet.of(Action.CONFIRM_RECEIPT, Action.WITHDRAW));
        ALLOWED.put(Stage.RECEIVED, EnumSet.of(Action.REQUEST_SUPPLEMENT, Action.START_CONSULTATION, Action.EXTEND,
                Action.ISSUE_FEE_NOTICE, Action.REPLY, Action.WITHDRAW));
        ALLOWED.put(Stage.AWAITING_SUPPLEMENT, EnumSet.of(Action.RECEIVE_SUPPLEMENT, Action.MARK_ABANDONED, Action.WITHDRAW));
        ALLOWED.put(Stage.CONSULTING, EnumSet.of(Action.END_CONSULTATION, Action.EXTEND, Action.WITHDRAW));
        ALLOWED.put(Stage.EXTENDED, EnumSet.of(Action.START_CONSULTATION, Action.ISSUE_FEE_NOTICE, Action.REPLY,
                Action.WITHDRAW));
        ALLOWED.put(Stage.AWAITING_FEE, EnumSet.of(Action.RECORD_PAYMENT, Action.MARK_FEE_UNPAID, Action.WITHDRAW));
        ALLOWED.put(Stage.REPLIED, EnumSet.noneOf(Action.class));
        ALLOWED.put(Stage.WITHDRAWN, EnumSet.noneOf(Action.class));
        ALLOWED.put(Stage.ABANDONED, EnumSet.noneOf(Action.class));
    }

    private Lifecycle() {
    }

    public static Set<Action> allowed(Stage stage) {
        return EnumSet.copyOf(ALLOWED.get(stage));
    }

    public static boolean allows(Stage stage, Action action) {
        return ALLOWED.get(stage).contains(action);
    }

    /** The stage an action leads to; {@code extended} tells where a consultation returns to. */
    static Stage next(Stage from, Action action, boolean extended) {
        return switch (action) {
            case REGISTER, CONFIRM_RECEIPT, RECEIVE_SUPPLEMENT -> Stage.RECEIVED;
            case REQUEST_SUPPLEMENT -> Stage.AWAITING_SUPPLEMENT;
            case START_CONSULTATION -> Stage.CONSULTING;
            case END_CONSULTATION, RECORD_PAYMENT -> extended ? Stage.EXTENDED : Stage.RECEIVED;
            case ISSUE_FEE_NOTICE -> Stage.AWAITING_FEE;
            case EXTEND -> from == Stage.CONSULTING ? Stage.CONSULTING : Stage.EXTENDED;
            case REPLY -> Stage.REPLIED;
            case MARK_ABANDONED, MARK_FEE_UNPAID -> Stage.ABANDONED;
            case WITHDRAW -> Stage.WITHDRAWN;
        };
    }
}
