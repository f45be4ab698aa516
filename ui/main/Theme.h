#pragma once
// The look of the app (Preferences): the system's, light, or dark. Dark and light use Qt's Fusion
// style with a palette of their own; the canvas takes its colours from the palette (a dark
// window base draws a dark canvas with light names). Exports keep their print colours.

#include <QString>

class QApplication;
class QSettings;

namespace kizuna {

enum class Theme { System, Light, Dark };

Theme themeSetting(const QSettings& settings);
void setThemeSetting(QSettings& settings, Theme theme);
// Applies at once (every open window repaints).
void applyTheme(QApplication& app, Theme theme);

// How large names are drawn on the canvas at least (pixels): Preferences' "Name size".
int labelSizeSetting(const QSettings& settings); // 10 by default
void setLabelSizeSetting(QSettings& settings, int pixels);

} // namespace kizuna
