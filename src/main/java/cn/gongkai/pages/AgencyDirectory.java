package cn.gongkai.pages;

import cn.gongkai.identity.Agency;
import cn.gongkai.identity.AgencyKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The agency directory as a tree (机关名录), laid out as the front end's directory lays it out (agencyTree.ts): province
 * › city › county or district, each government with its own departments, governments before departments and each
 * in the order of its code.
 */
final class AgencyDirectory {

    private AgencyDirectory() {}

    /** An agency with the governments and the departments directly under it. */
    record Node(Agency agency, List<Node> governments, List<Node> departments) {

        List<Node> children() {
            return Stream.concat(governments.stream(), departments.stream()).toList();
        }
    }

    /** A heading over a government's own departments, where its full name is just above (agencyShortLabel). */
    record Labels(boolean english) {

        public String shortLabel(Agency agency) {
            if (english && agency.nameEn() != null) {
                return agency.nameEn();
            }
            return agency.shortName() == null || agency.shortName().isEmpty() ? agency.name() : agency.shortName();
        }
    }

    private static final Comparator<Agency> BY_KIND_THEN_CODE =
            Comparator.comparingInt((Agency agency) -> rank(agency.kind())).thenComparing(Agency::code);

    /** The tree of the directory's agencies, read in one query; an agency whose parent is missing is a root. */
    static List<Node> tree(List<Agency> agencies) {
        Map<UUID, List<Agency>> children = new HashMap<>();
        List<Agency> roots = new ArrayList<>();
        Map<UUID, Agency> byId = new HashMap<>();
        agencies.forEach(agency -> byId.put(agency.id(), agency));
        for (Agency agency : agencies) {
            if (agency.parentId() != null && byId.containsKey(agency.parentId())) {
                children.computeIfAbsent(agency.parentId(), id -> new ArrayList<>())
                        .add(agency);
            } else {
                roots.add(agency);
            }
        }
        return nodes(roots, children);
    }

    private static List<Node> nodes(List<Agency> agencies, Map<UUID, List<Agency>> children) {
        return agencies.stream()
                .sorted(BY_KIND_THEN_CODE)
                .map(agency -> {
                    List<Node> under = nodes(children.getOrDefault(agency.id(), List.of()), children);
                    return new Node(
                            agency,
                            under.stream()
                                    .filter(node -> node.agency().kind().isGovernment())
                                    .toList(),
                            under.stream()
                                    .filter(node -> !node.agency().kind().isGovernment())
                                    .toList());
                })
                .toList();
    }

    /**
     * The agencies that match the text, with the path down to them; one that matches keeps everything under it, so
     * "淮北市" shows the whole city (filterAgencyTree in agencyTree.ts).
     */
    static List<Node> filtered(List<Node> tree, String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return tree;
        }
        return tree.stream()
                .map(node -> {
                    if (matches(node.agency(), needle)) {
                        return node;
                    }
                    Node kept = new Node(
                            node.agency(), filtered(node.governments(), needle), filtered(node.departments(), needle));
                    return kept.governments().isEmpty() && kept.departments().isEmpty() ? null : kept;
                })
                .filter(Objects::nonNull)
                .toList();
    }

    static int count(List<Node> tree) {
        return tree.stream().mapToInt(node -> 1 + count(node.children())).sum();
    }

    private static boolean matches(Agency agency, String needle) {
        return Stream.of(agency.name(), agency.nameEn(), agency.shortName(), agency.code())
                .anyMatch(
                        value -> value != null && value.toLowerCase(Locale.ROOT).contains(needle));
    }

    /** Province, city, county and district, department: the levels of the tree, as the front end ranks them. */
    private static int rank(AgencyKind kind) {
        return switch (kind) {
            case PROVINCE_GOVERNMENT -> 0;
            case CITY_GOVERNMENT -> 1;
            case COUNTY_GOVERNMENT, DISTRICT_GOVERNMENT -> 2;
            case DEPARTMENT -> 3;
        };
    }
}
