#include "main/FileDrops.h"

#include "io/GraphFormats.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace kizuna {

FileAction fileActionFor(const QString& path) {
    const QFileInfo info(path);
    if (!info.isFile())
        return FileAction::Refuse;
    if (info.suffix().compare(QLatin1String("kizuna"), Qt::CaseInsensitive) == 0)
        return FileAction::OpenMap;
    // The importers' extensions only: a content sniff alone would take any text for CSV.
    static const QStringList importable = {QStringLiteral("csv"),  QStringLiteral("graphml"),
                                           QStringLiteral("xml"),  QStringLiteral("gexf"),
                                           QStringLiteral("dot"),  QStringLiteral("gv"),
                                           QStringLiteral("cyjs"), QStringLiteral("json")};
    if (!importable.contains(info.suffix().toLower()))
        return FileAction::Refuse;
    return detectFormat(path) ? FileAction::Import : FileAction::Refuse;
}

QString droppableFile(const QMimeData& data) {
    if (!data.hasUrls())
        return {};
    for (const QUrl& url : data.urls())
        if (url.isLocalFile() && fileActionFor(url.toLocalFile()) != FileAction::Refuse)
            return url.toLocalFile();
    return {};
}

} // namespace kizuna
