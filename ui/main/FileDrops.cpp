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
    // The importers' extensions only (and .xml, read by content): a content sniff alone would
    // take any text for CSV.
    const QString suffix = info.suffix();
    if (!formatFromName(suffix) && suffix.compare(QLatin1String("xml"), Qt::CaseInsensitive) != 0)
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
