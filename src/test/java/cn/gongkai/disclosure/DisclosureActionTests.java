package cn.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every action in every state: allowed exactly where the Regulations allow it. */
class DisclosureActionTests {

    private static final Set<DisclosureState> OPEN = EnumSet.of(
            DisclosureState.RECEIVED,
            DisclosureState.AWAITING_CORRECTION,
            DisclosureState.IN_PROGRESS,
            DisclosureState.AWAITING_OPINION,
            DisclosureState.AWAITING_FEE);

    /** Written out by hand from DOMAIN.md §1, independently of the switch it checks. */
    private static final Map<DisclosureAction, Set<DisclosureState>> ALLOWED = Map.ofEntries(
            Map.entry(DisclosureAction.ACCEPT, EnumSet.of(DisclosureState.RECEIVED)),
            Map.entry(DisclosureAction.ASSIGN, OPEN),
            Map.entry(
                    DisclosureAction.REQUEST_CORRECTION,
                    EnumSet.of(DisclosureState.RECEIVED, DisclosureState.IN_PROGRESS)),
            Map.entry(DisclosureAction.RECEIVE_CORRECTION, EnumSet.of(DisclosureState.AWAITING_CORRECTION)),
            Map.entry(DisclosureAction.LAPSE, EnumSet.of(DisclosureState.AWAITING_CORRECTION)),
            Map.entry(DisclosureAction.CONSULT, EnumSet.of(DisclosureState.IN_PROGRESS)),
            Map.entry(DisclosureAction.RECEIVE_OPINION, EnumSet.of(DisclosureState.AWAITING_OPINION)),
            Map.entry(
                    DisclosureAction.REQUEST_EXTENSION,
                    EnumSet.of(
                            DisclosureState.IN_PROGRESS,
                            DisclosureState.AWAITING_OPINION,
                            DisclosureState.AWAITING_FEE)),
            Map.entry(
                    DisclosureAction.APPROVE_EXTENSION,
                    EnumSet.of(
                            DisclosureState.IN_PROGRESS,
                            DisclosureState.AWAITING_OPINION,
                            DisclosureState.AWAITING_FEE)),
            Map.entry(
                    DisclosureAction.DECLINE_EXTENSION,
                    EnumSet.of(
                            DisclosureState.IN_PROGRESS,
                            DisclosureState.AWAITING_OPINION,
                            DisclosureState.AWAITING_FEE)),
            Map.entry(DisclosureAction.NOTIFY_FEE, EnumSet.of(DisclosureState.IN_PROGRESS)),
            Map.entry(DisclosureAction.RECEIVE_PAYMENT, EnumSet.of(DisclosureState.AWAITING_FEE)),
            Map.entry(DisclosureAction.CLOSE_UNPAID, EnumSet.of(DisclosureState.AWAITING_FEE)),
            Map.entry(DisclosureAction.REPLY, EnumSet.of(DisclosureState.RECEIVED, DisclosureState.IN_PROGRESS)),
            Map.entry(DisclosureAction.WITHDRAW, OPEN));

    static Stream<Arguments> everyActionInEveryState() {
        return Arrays.stream(DisclosureAction.values())
                .flatMap(action -> Arrays.stream(DisclosureState.values())
                        .map(state ->
                                Arguments.of(action, state, ALLOWED.get(action).contains(state))));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @MethodSource("everyActionInEveryState")
    void allowsEachActionOnlyInItsStates(DisclosureAction action, DisclosureState state, boolean allowed) {
        assertThat(action.isAllowedIn(state)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @MethodSource("everyActionInEveryState")
    void nothingHappensToAClosedRequest(DisclosureAction action, DisclosureState state, boolean allowed) {
        if (state.isFinal()) {
            assertThat(allowed).isFalse();
        }
    }

    @org.junit.jupiter.api.Test
    void everyActionHasItsOwnSlug() {
        assertThat(Arrays.stream(DisclosureAction.values())
                        .map(DisclosureAction::slug)
                        .distinct())
                .hasSize(DisclosureAction.values().length);
        Arrays.stream(DisclosureAction.values())
                .forEach(action ->
                        assertThat(DisclosureAction.bySlug(action.slug())).contains(action));
        assertThat(DisclosureAction.bySlug("approve")).isEmpty();
    }
}
