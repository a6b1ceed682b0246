package cn.gongkai.domain;

/** A rule of the domain was broken; carries a stable code and a Chinese message for the person who acted. */
public class DomainException extends RuntimeException {
    private final ErrorCode code;

    public DomainException(ErrorCode code, Object... args) {
        super(code.message(args));
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
