package uk.nhs.best.capacity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.best.capacity.ui.CapacityView;
import uk.nhs.best.components.SvgChart;
import uk.nhs.best.support.BrowserlessUiTest;

class CapacityViewUiTest extends BrowserlessUiTest {

    @Test
    void aSiteManagerSeesTheForecastAndWhenTargetsAreFirstBreached() {
        logInAs("manager.bedford");
        assertThat(menu()).contains("Capacity");
        navigateTo("sites/bedford/capacity");

        assertThat(currentPath()).isEqualTo("sites/bedford/capacity");
        _get(CapacityView.class);
        String baseline = text("breach-baseline");
        assertThat(baseline).containsPattern("Assessment target \\(\\d+ weeks\\) (first breached for patients referred "
                + "in the week of \\d{2}/\\d{2}/\\d{4}|not breached in the next 26 weeks)");
        assertThat(baseline).contains("Group target (");
        assertThat(GridKt._size(table())).isEqualTo(26);
        assertThat(GridKt._getFormattedRow(table(), 0).getFirst()).matches("\\d{2}/\\d{2}/\\d{4}");
        assertThat(_find(SvgChart.class)).as("demand, and the forecast's lists").hasSize(2)
                .allSatisfy(chart -> assertThat(chart.getElement().getAttribute("role")).isEqualTo("img"));
        assertThat(_get(Anchor.class, spec -> spec.withId("capacity-csv")).getHref()).isNotBlank();
        assertThat(_get(Grid.class, spec -> spec.withId("capacity-rates")).getElement().getParent()).isNotNull();
    }

    @Test
    void expectingManyMoreReferralsRecomputesTheWhatIfAtOnce() {
        logInAs("manager.bedford");
        navigateTo("sites/bedford/capacity");
        List<String> before = GridKt._getFormattedRow(table(), 25);

        _setValue(_get(NumberField.class, spec -> spec.withId("what-if-referrals")), 400.0);

        List<String> after = GridKt._getFormattedRow(table(), 25);
        // Columns: week, referrals (baseline, what-if), hours (both), assessment list (baseline, what-if), ...
        assertThat(after.get(2)).isEqualTo("400");
        assertThat(after.get(1)).as("the baseline stays").isEqualTo(before.get(1));
        assertThat(Integer.parseInt(after.get(6))).isGreaterThan(Integer.parseInt(before.get(6)));
        assertThat(text("breach-what-if")).contains("Assessment target (").contains("first breached");
    }

    @Test
    void aBedfordManagerCannotOpenGreenwichsCapacity() {
        logInAs("manager.bedford");
        navigateTo("sites/greenwich/capacity");
        assertThat(_get(Main.class, spec -> spec.withId("access-denied")).getElement().getTextRecursively())
                .contains("You don't have access to this page");
    }

    @Test
    void aClinicianCannotOpenTheCapacityPage() {
        logInAs("amira.khan");
        assertThat(menu()).doesNotContain("Capacity");
        navigateTo("sites/bedford/capacity");
        assertThat(_get(Main.class, spec -> spec.withId("access-denied")).getElement().getTextRecursively())
                .contains("You don't have access to this page");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> table() {
        return _get(Grid.class, spec -> spec.withId("capacity-table"));
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
