#include "main/UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace kizuna {
namespace {
const QString kKey = QStringLiteral("ui/language");
}

UiLanguage uiLanguageSetting(const QSettings& settings) {
    const QString value = settings.value(kKey).toString();
    if (value == QLatin1String("en"))
        return UiLanguage::English;
    if (value == QLatin1String("ja"))
        return UiLanguage::Japanese;
    return UiLanguage::System;
}

void setUiLanguageSetting(QSettings& settings, UiLanguage language) {
    switch (language) {
    case UiLanguage::System:
        settings.remove(kKey);
        break;
    case UiLanguage::English:
        settings.setValue(kKey, QStringLiteral("en"));
        break;
    case UiLanguage::Japanese:
        settings.setValue(kKey, QStringLiteral("ja"));
        break;
    }
}

UiLanguage effectiveUiLanguage(UiLanguage setting, const QLocale& system) {
    if (setting != UiLanguage::System)
        return setting;
    return system.language() == QLocale::Japanese ? UiLanguage::Japanese : UiLanguage::English;
}

bool installUiTranslators(QCoreApplication& app, UiLanguage language) {
    if (language != UiLanguage::Japanese)
        return true;
    // Qt's catalogue (standard buttons, file dialogs) is optional: Debian's qt6-translations-l10n.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Japanese), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto* ours = new QTranslator(&app);
    if (!ours->load(QStringLiteral(":/i18n/kizuna_ja.qm"))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    return true;
}

} // namespace kizuna
