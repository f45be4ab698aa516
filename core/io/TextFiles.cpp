#include "io/TextFiles.h"

#include "io/ReadError.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace kizuna {

QByteArray readTextFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ReadError{QStringLiteral("%1: %2").arg(path, file.errorString())};
    QByteArray data = file.readAll();
    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0)
        throw ReadError{QStringLiteral("%1: %2: not valid UTF-8 (save the file as UTF-8)")
                            .arg(path, lineAndColumnOf(data, bad))};
    return data;
}

Status writeTextFile(const QString& path, const QByteArray& data) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("%1: cannot write: %2")
                         .arg(QFileInfo(path).absoluteFilePath(), file.errorString())};
    if (file.write(data) != data.size() || !file.commit())
        return Error{QStringLiteral("%1: could not be written completely (%2); nothing was changed")
                         .arg(QFileInfo(path).absoluteFilePath(), file.errorString())};
    return Status::success();
}

} // namespace kizuna
