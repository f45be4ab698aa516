#pragma once
// The language of the app's own words (menus, dialogs, panels): English or Japanese, chosen in
// Preferences or, by default, the system's. Node and relation names follow View > Labels In.

#include <QString>

class QCoreApplication;
class QLocale;
class QSettings;

namespace kizuna {

enum class UiLanguage { System, English, Japanese };

UiLanguage uiLanguageSetting(const QSettings& settings);
void setUiLanguageSetting(QSettings& settings, UiLanguage language);

// The language the setting comes to on this system (System follows the locale's language).
UiLanguage effectiveUiLanguage(UiLanguage setting, const QLocale& system);

// Installs the Japanese catalogue (ours and, where installed, Qt's own for its dialogs) into `app`
// when `language` is Japanese. Returns false when the catalogue could not be loaded.
bool installUiTranslators(QCoreApplication& app, UiLanguage language);

} // namespace kizuna
