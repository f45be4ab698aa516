#include "main/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <algorithm>

namespace kizuna {
namespace {

const QString kThemeKey = QStringLiteral("ui/theme");
const QString kLabelSizeKey = QStringLiteral("canvas/labelSize");

QPalette darkPalette() {
    QPalette palette;
    const QColor window(0x2B, 0x2D, 0x31), base(0x1E, 0x1F, 0x22), text(0xE6, 0xE6, 0xE6);
    const QColor disabled(0x80, 0x80, 0x80), accent(0x4A, 0x90, 0xD9);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Link, accent.lighter(120));
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(125));
    palette.setColor(QPalette::Mid, window.darker(120));
    palette.setColor(QPalette::Dark, window.darker(150));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

} // namespace

Theme themeSetting(const QSettings& settings) {
    const QString value = settings.value(kThemeKey).toString();
    if (value == QLatin1String("light"))
        return Theme::Light;
    if (value == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void setThemeSetting(QSettings& settings, Theme theme) {
    if (theme == Theme::System)
        settings.remove(kThemeKey);
    else
        settings.setValue(kThemeKey,
                          theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

void applyTheme(QApplication& app, Theme theme) {
    // The style the app started with, so "System" can go back to it.
    const char* kSystemStyle = "kizunaSystemStyle";
    if (!app.property(kSystemStyle).isValid())
        app.setProperty(kSystemStyle, app.style()->name());
    if (theme == Theme::System) {
        app.setStyle(QStyleFactory::create(app.property(kSystemStyle).toString()));
        app.setPalette(app.style()->standardPalette());
        return;
    }
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(theme == Theme::Dark ? darkPalette() : app.style()->standardPalette());
}

int labelSizeSetting(const QSettings& settings) {
    return std::clamp(settings.value(kLabelSizeKey, 10).toInt(), 8, 20);
}

void setLabelSizeSetting(QSettings& settings, int pixels) {
    if (pixels == 10)
        settings.remove(kLabelSizeKey);
    else
        settings.setValue(kLabelSizeKey, std::clamp(pixels, 8, 20));
}

} // namespace kizuna
