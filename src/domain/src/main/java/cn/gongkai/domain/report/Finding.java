package cn.gongkai.domain.report;

/**
 * One result of checking a report.
 *
 * @param code     stable code, e.g. {@code T3_COLUMN_IDENTITY}
 * @param severity ERROR (the report is wrong), WARNING (probably wrong, look), INFO (could not be verified)
 * @param location the cell ("表三/一、本年新收政府信息公开申请数量/总计") or the sentence ("一/第3句")
 * @param sentence the sentence at fault, for text findings; null for cells
 * @param expected what the tables or the arithmetic give
 * @param found    what the report says
 * @param message  in Chinese, for staff
 */
public record Finding(String code, Severity severity, String location, String sentence, String expected,
                      String found, String message) {
    public enum Severity { ERROR, WARNING, INFO }
}
