package cn.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every action in every state: allowed exactly where the closed loop allows it. */
class HotlineActionTests {

    private static final Set<HotlineState> HANDLED = EnumSet.of(HotlineState.IN_PROGRESS, HotlineState.REOPENED);

    /** Written out by hand from DOMAIN.md §3, independently of the switch it checks. */
    static final Map<HotlineAction, Set<HotlineState>> ALLOWED = Map.ofEntries(
            Map.entry(HotlineAction.DISPATCH, EnumSet.of(HotlineState.RECEIVED, HotlineState.RETURNED)),
            Map.entry(HotlineAction.ACCEPT, EnumSet.of(HotlineState.DISPATCHED)),
            Map.entry(HotlineAction.RETURN, EnumSet.of(HotlineState.DISPATCHED)),
            Map.entry(HotlineAction.REPLY, HANDLED),
            Map.entry(HotlineAction.REQUEST_EXTENSION, HANDLED),
            Map.entry(HotlineAction.APPROVE_EXTENSION, HANDLED),
            Map.entry(HotlineAction.DECLINE_EXTENSION, HANDLED),
            Map.entry(HotlineAction.RATE, EnumSet.of(HotlineState.REPLIED)),
            Map.entry(HotlineAction.CLOSE_UNRATED, EnumSet.of(HotlineState.REPLIED)),
            Map.entry(HotlineAction.MERGE, EnumSet.of(HotlineState.RECEIVED)),
            Map.entry(HotlineAction.ANSWER_FROM_KNOWLEDGE_BASE, EnumSet.of(HotlineState.RECEIVED)));

    static Stream<Arguments> everyActionInEveryState() {
        return Arrays.stream(HotlineAction.values())
                .flatMap(action -> Arrays.stream(HotlineState.values())
                        .map(state ->
                                Arguments.of(action, state, ALLOWED.get(action).contains(state))));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @MethodSource("everyActionInEveryState")
    void allowsEachActionOnlyInItsStates(HotlineAction action, HotlineState state, boolean allowed) {
        assertThat(action.isAllowedIn(state)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyActionInEveryState")
    void nothingHappensToAFinalTicket(HotlineAction action, HotlineState state, boolean allowed) {
        if (state.isFinal()) {
            assertThat(allowed).isFalse();
        }
    }

    @Test
    void onlyClosedMergedAndKnowledgeBaseAnswersAreFinal() {
        assertThat(Arrays.stream(HotlineState.values()).filter(HotlineState::isFinal))
                .containsExactlyInAnyOrder(
                        HotlineState.CLOSED, HotlineState.MERGED, HotlineState.ANSWERED_BY_KNOWLEDGE_BASE);
    }

    @Test
    void everyStateLeadsSomewhereUnlessFinal() {
        for (HotlineState state : HotlineState.values()) {
            boolean anyAction = Arrays.stream(HotlineAction.values()).anyMatch(action -> action.isAllowedIn(state));
            assertThat(anyAction).as(state.name()).isEqualTo(!state.isFinal());
        }
    }

    @Test
    void everyActionHasItsOwnSlug() {
        assertThat(Arrays.stream(HotlineAction.values())
                        .map(HotlineAction::slug)
                        .distinct())
                .hasSize(HotlineAction.values().length);
        Arrays.stream(HotlineAction.values())
                .forEach(action ->
                        assertThat(HotlineAction.bySlug(action.slug())).contains(action));
        assertThat(HotlineAction.bySlug("close")).isEmpty();
    }

    @Test
    void typesStateTheirDefaultLimitsAndOfficialLabels() {
        assertThat(Arrays.stream(HotlineType.values()).map(type -> type.label() + type.defaultReplyWorkingDays()))
                .containsExactly("咨询2", "求助5", "投诉15", "举报15", "建议15");
        assertThat(Arrays.stream(HotlineRating.values()).map(HotlineRating::label))
                .containsExactly("满意", "基本满意", "不满意");
        assertThat(Arrays.stream(HotlineState.values()).map(HotlineState::label).distinct())
                .hasSize(HotlineState.values().length);
    }
}
