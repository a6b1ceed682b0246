package cn.gongkai.domain;

/** A rule of the domain was broken; carries a stable code and a Chinese message for the person who acted. */
public class DomainException extends RuntimeException {
    private final ErrorCode code;
    private final String field;

    public DomainException(ErrorCode code, Object... args) {
        this(null, code, args);
    }

    /** An error about one input field, named as the client sent it. */
    public DomainException(String field, ErrorCode code, Object... args) {
        super(code.message(args));
        this.code = code;
        this.field = field;
    }

    public ErrorCode code() {
        return code;
    }

    /** The input field at fault, or null when the error is not about one field. */
    public String field() {
        return field;
    }
}
