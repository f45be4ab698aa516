#include "export/DiagramOptions.h"

#include <QDate>
#include <QSettings>

namespace kizuna {

void DiagramOptions::save(QSettings& settings) const {
    settings.setValue(QStringLiteral("export/title"), title);
    settings.setValue(QStringLiteral("export/subtitle"), subtitle);
    settings.setValue(QStringLiteral("export/legend"), legend);
    settings.setValue(QStringLiteral("export/sources"), sources);
    settings.setValue(QStringLiteral("export/page"), int(page));
    settings.setValue(QStringLiteral("export/landscape"), landscape);
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
    options.page = PageSize(settings.value(QStringLiteral("export/page"), 0).toInt());
    options.landscape = settings.value(QStringLiteral("export/landscape"), true).toBool();
    options.colours = ColourScheme(settings.value(QStringLiteral("export/colours"), 0).toInt());
    options.dpi = settings.value(QStringLiteral("export/dpi"), 96.0).toDouble();
    options.transparent = settings.value(QStringLiteral("export/transparent"), false).toBool();
    return options;
}

QString DiagramOptions::asOfOrToday() const {
    return asOf.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : asOf;
}

} // namespace kizuna
