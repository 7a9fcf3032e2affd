package org.yrdkg.extract.org;

import org.yrdkg.extract.model.Amount;
import org.yrdkg.extract.text.NameSpan;

/**
 * An investment project named in a sentence: 总投资55亿元的X(淮南)专用车生产项目一期.
 *
 * @param start  offset of the project name in the normalised sentence
 * @param end    end offset
 * @param name   the project name
 * @param owner  the company the project is named after, or null (年产12万辆新能源汽车项目 has none)
 * @param amount the investment, or null
 * @param keepsParts true when the names read inside the project (a centre, a park) stay names beside its owner
 */
public record Project(int start, int end, String name, NameSpan owner, Amount amount, boolean keepsParts) {
}
