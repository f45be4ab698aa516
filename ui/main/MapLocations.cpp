#include "main/MapLocations.h"

#include "io/MapFiles.h"
#include "main/RecentMaps.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace kizuna {

QString userBundledMapPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/us-china-ai.kizuna");
}

Result<QString> ensureUserBundledMap() {
    const QString path = userBundledMapPath();
    if (QFileInfo::exists(path))
        return path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{
            QStringLiteral("%1: cannot create the folder").arg(QFileInfo(path).absolutePath())};
    auto contents = bundledMapContents();
    if (!contents)
        return Error{contents.error()};
    if (Status status = writeNewMap(path, std::move(contents).value(), false); !status)
        return Error{status.error()};
    return path;
}

Result<QString> mapToOpenAtStart(const QString& argument, QSettings& settings) {
    if (!argument.isEmpty())
        return QFileInfo(argument).absoluteFilePath();
    if (const QString last = RecentMaps(settings).last(); !last.isEmpty())
        return last;
    return ensureUserBundledMap();
}

} // namespace kizuna
