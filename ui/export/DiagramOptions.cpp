#include "export/DiagramOptions.h"

#include <QDate>
#include <QSettings>
#include <algorithm>

namespace kizuna {

void DiagramOptions::save(QSettings& settings) const {
    settings.setValue(QStringLiteral("export/title"), title);
    settings.setValue(QStringLiteral("export/subtitle"), subtitle);
    settings.setValue(QStringLiteral("export/legend"), legend);
    settings.setValue(QStringLiteral("export/sources"), sources);
    settings.setValue(QStringLiteral("export/page"), int(page));
    settings.setValue(QStringLiteral("export/orientation"), int(orientation));
    settings.setValue(QStringLiteral("export/minFont"), minFontPt);
    settings.setValue(QStringLiteral("export/tiles"), tiles);
    settings.setValue(QStringLiteral("export/colours"), int(colours));
    settings.setValue(QStringLiteral("export/dpi"), dpi);
    settings.setValue(QStringLiteral("export/transparent"), transparent);
}

DiagramOptions DiagramOptions::load(const QSettings& settings) {
    DiagramOptions options;
    options.title = settings.value(QStringLiteral("export/title")).toString();
    options.subtitle = settings.value(QStringLiteral("export/subtitle")).toString();
    options.legend = settings.value(QStringLiteral("export/legend"), true).toBool();
    options.sources = settings.value(QStringLiteral("export/sources"), true).toBool();
    options.page =
        PageSize(std::clamp(settings.value(QStringLiteral("export/page"), 0).toInt(), 0, 4));
    options.orientation = Orientation(
        std::clamp(settings.value(QStringLiteral("export/orientation"), 0).toInt(), 0, 2));
    options.minFontPt =
        std::clamp(settings.value(QStringLiteral("export/minFont"), 7.0).toDouble(), 4.0, 24.0);
    options.tiles = settings.value(QStringLiteral("export/tiles"), false).toBool();
    options.colours = ColourScheme(settings.value(QStringLiteral("export/colours"), 0).toInt());
    options.dpi = settings.value(QStringLiteral("export/dpi"), 96.0).toDouble();
    options.transparent = settings.value(QStringLiteral("export/transparent"), false).toBool();
    return options;
}

namespace {
const std::pair<PageSize, const char*> kPages[] = {{PageSize::A4, "A4"},
                                                   {PageSize::Letter, "Letter"},
                                                   {PageSize::A3, "A3"},
                                                   {PageSize::A2, "A2"},
                                                   {PageSize::Fit, "fit"}};
} // namespace

QString pageSizeKey(PageSize page) {
    for (const auto& [value, key] : kPages)
        if (value == page)
            return QString::fromLatin1(key);
    return QStringLiteral("A4");
}

std::optional<PageSize> pageSizeFromKey(const QString& key) {
    for (const auto& [value, name] : kPages)
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}

QString DiagramOptions::asOfOrToday() const {
    return asOf.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : asOf;
}

} // namespace kizuna
