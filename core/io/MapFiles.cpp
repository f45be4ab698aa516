#include "io/MapFiles.h"

#include "document/GraphDocument.h"
#include "io/MapJsonReader.h"
#include "layout/ForceLayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace kizuna {
namespace {

void removeMapFiles(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Result<MapContents> defaultSchemaContents() {
    return readMapJsonFile(QStringLiteral(":/kizuna/schema/default_schema.json"));
}

Result<MapContents> bundledMapContents() {
    return readMapJsonFile(QStringLiteral(":/kizuna/bundled/us_china_ai.json"));
}

Status writeNewMap(const QString& path, MapContents contents, bool overwrite) {
    const QFileInfo target(path);
    if (target.exists() && !overwrite)
        return Error{QStringLiteral("%1: already exists (use --force to replace it)")
                         .arg(target.absoluteFilePath())};
    if (target.exists() && !target.isFile())
        return Error{QStringLiteral("%1: is not a file").arg(target.absoluteFilePath())};
    if (!QFileInfo(target.absolutePath()).isDir())
        return Error{QStringLiteral("%1: the folder does not exist").arg(target.absolutePath())};

    const QString temporary =
        target.absolutePath() + QStringLiteral("/.%1.partial").arg(target.fileName());
    removeMapFiles(temporary);
    {
        MapInfo info = contents.info;
        if (info.name.isEmpty())
            info.name = target.completeBaseName();
        auto document = GraphDocument::create(temporary, info);
        if (!document)
            return Error{document.error()};
        contents.info = info;
        Status status = document.value()->append(contents);
        if (status)
            status = document.value()->setPositions(placeUnpositionedNodes(
                document.value()->graph(), document.value()->info().defaultLanguage));
        if (!status) {
            document.value().reset();
            removeMapFiles(temporary);
            return Error{QStringLiteral("%1: %2").arg(target.absoluteFilePath(), status.error())};
        }
    } // closing the last connection checkpoints the journal into the file
    // rename(2) replaces the target atomically; QFile::rename would refuse an existing file.
    if (std::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(path).constData()) != 0) {
        removeMapFiles(temporary);
        return Error{
            QStringLiteral("%1: cannot write the map: %2")
                .arg(target.absoluteFilePath(), QString::fromLocal8Bit(std::strerror(errno)))};
    }
    for (const char* suffix : {"-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix)); // stale journals of a replaced map
    return Status::success();
}

} // namespace kizuna
