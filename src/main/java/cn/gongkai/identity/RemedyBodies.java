package cn.gongkai.identity;

import java.util.List;

/**
 * Where an applicant seeks remedies against an agency's acts, as its replies name them: the reconsideration body
 * (行政复议机关) and the court hearing administrative cases against it (管辖法院).
 *
 * @param reconsiderationBody the body's name; null only for an agency with no government above it in the directory
 * @param competentCourt the court's name; null while none is configured, since no rule derives it: provinces assign
 *     administrative cases to designated courts
 */
public record RemedyBodies(String reconsiderationBody, String competentCourt) {

    /**
     * The reconsideration body the law names for {@code agency}, from its place in the directory (行政复议法 as revised
     * in 2023, Arts. 24–25): a department of a local government is reviewed by the government at its level
     * (本级人民政府); a local government by the government one level up (上一级人民政府); a provincial government by
     * itself. Either way, short of a province, it is the nearest government above the agency. Vertically managed
     * organs (税务, 海关, 金融监管, 外汇, 国家安全), reviewed by the organ above, are configured instead.
     *
     * @param ancestors the agencies above {@code agency}, nearest first
     */
    public static String reconsiderationBodyOf(Agency agency, List<Agency> ancestors) {
        if (agency.kind() == AgencyKind.PROVINCE_GOVERNMENT) {
            return agency.name();
        }
        return ancestors.stream()
                .filter(above -> above.kind().isGovernment())
                .map(Agency::name)
                .findFirst()
                .orElse(null);
    }
}
