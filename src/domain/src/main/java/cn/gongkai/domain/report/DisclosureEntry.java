package cn.gongkai.domain.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One entry of the proactive disclosure register.
 *
 * @param kind        what it records
 * @param on          documents: issued (制发); items: established; decisions, fees, procurement: the day
 * @param publishedOn documents only: made public (主动公开); null if not (yet)
 * @param endOn       documents: repealed (废止); items: abolished; null while in force
 * @param quantity    decisions: how many; procurement: projects (usually 1); otherwise 1
 * @param amountYuan  fees collected and procurement: the amount in 元
 */
public record DisclosureEntry(RegisterKind kind, LocalDate on, LocalDate publishedOn, LocalDate endOn, long quantity,
                              BigDecimal amountYuan) {
}
