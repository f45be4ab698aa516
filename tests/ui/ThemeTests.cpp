// Preferences' theme, name size and export defaults, applied as a user applies them.
#include "UiTestSupport.h"
#include "dialogs/PreferencesDialog.h"
#include "export/DiagramExport.h"
#include "export/DiagramOptions.h"
#include "main/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

namespace {

double meanLightness(const QImage& image) {
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4, ++count)
            sum += image.pixelColor(x, y).lightnessF();
    return sum / std::max(count, 1);
}

// Puts the app back in its own look whatever a test chose.
struct ThemeReset {
    ~ThemeReset() { applyTheme(*qApp, Theme::System); }
};

} // namespace

TEST_CASE("The dark theme darkens the window and the canvas, and exports keep print colours",
          "[ui][theme]") {
    ThemeReset reset;
    WindowFixture f;
    GraphCanvas* canvas = f.canvas();
    const double light = meanLightness(canvas->grab().toImage());
    CHECK_FALSE(canvas->darkCanvas());
    {
        PreferencesDialog dialog(f.settings);
        dialog.themeCombo()->setCurrentIndex(dialog.themeCombo()->findData(int(Theme::Dark)));
        dialog.save();
    }
    CHECK(themeSetting(f.settings) == Theme::Dark);
    applyTheme(*qApp, themeSetting(f.settings)); // what Preferences' OK does
    QApplication::processEvents();
    CHECK(canvas->darkCanvas());
    const double dark = meanLightness(canvas->grab().toImage());
    CHECK(light > 0.8);
    CHECK(dark < 0.35);
    // The export is the same picture as before: print colours.
    DiagramOptions options;
    options.sources = false;
    const QImage exported = diagramImage(f.document(), options);
    CHECK(meanLightness(exported) > 0.8);

    applyTheme(*qApp, Theme::System);
    QApplication::processEvents();
    CHECK_FALSE(canvas->darkCanvas());
}

TEST_CASE("Preferences set the size of names on the map and what exports start with",
          "[ui][theme]") {
    WindowFixture f;
    {
        PreferencesDialog dialog(f.settings);
        CHECK(dialog.nameSizeCombo()->currentData().toInt() == 10);
        dialog.nameSizeCombo()->setCurrentIndex(dialog.nameSizeCombo()->findData(14));
        dialog.pageCombo()->setCurrentIndex(dialog.pageCombo()->findData(int(PageSize::A3)));
        dialog.exportFontSpin()->setValue(9);
        dialog.sourcesCheck()->setChecked(false);
        dialog.save();
    }
    CHECK(labelSizeSetting(f.settings) == 14);
    const DiagramOptions options = DiagramOptions::load(f.settings);
    CHECK(options.page == PageSize::A3);
    CHECK(options.minFontPt == Approx(9));
    CHECK_FALSE(options.sources);
    CHECK(options.legend);

    // Larger names show fewer of them at the overview: each takes more room.
    f.canvas()->fitToWindow();
    const double scale = f.canvas()->zoom();
    const LabelSizing normal = f.canvas()->labelSizing();
    const int before =
        f.canvas()->scene().labelsInside(scale, normal, f.canvas()->scene().bounds());
    f.canvas()->setMinLabelPixels(labelSizeSetting(f.settings));
    CHECK(f.canvas()->labelSizing().minNodePx == 14);
    const int after = f.canvas()->scene().labelsInside(scale, f.canvas()->labelSizing(),
                                                       f.canvas()->scene().bounds());
    CHECK(after <= before);
    CHECK(after > 0);
}
