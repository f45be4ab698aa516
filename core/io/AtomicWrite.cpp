#include "io/AtomicWrite.h"

#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstring>
#include <memory>

namespace kizuna {
namespace {

// Qt's message, or the system's when Qt has none (a failed flush reads "Unknown error").
QString reasonOf(const QSaveFile& file, int error) {
    const QString qt = file.errorString();
    if (error != 0 && (qt.isEmpty() || qt.contains(QLatin1String("Unknown error"))))
        return QString::fromLocal8Bit(std::strerror(error));
    return qt;
}

} // namespace

Status writeFilesAtomically(const std::vector<std::pair<QString, QByteArray>>& files) {
    std::vector<std::unique_ptr<QSaveFile>> open;
    const QString nothing = files.size() > 1 ? QStringLiteral("none of the files was changed")
                                             : QStringLiteral("nothing was changed");
    for (const auto& [path, data] : files) {
        auto file = std::make_unique<QSaveFile>(path);
        errno = 0;
        if (!file->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return Error{
                QStringLiteral("%1: cannot write: %2; %3")
                    .arg(QFileInfo(path).absoluteFilePath(), reasonOf(*file, errno), nothing)};
        errno = 0;
        qint64 written = 0;
        while (written < data.size()) {
            const qint64 n = file->write(data.constData() + written, data.size() - written);
            if (n <= 0)
                break;
            written += n;
        }
        if (written != data.size() || !file->flush())
            return Error{QStringLiteral("%1: could not be written completely (%2); %3")
                             .arg(QFileInfo(path).absoluteFilePath(),
                                  reasonOf(*file, errno ? errno : EIO), nothing)};
        open.push_back(std::move(file));
    }
    for (size_t i = 0; i < open.size(); ++i) {
        errno = 0;
        if (!open[i]->commit())
            return Error{QStringLiteral("%1: could not be written completely (%2)%3")
                             .arg(QFileInfo(files[i].first).absoluteFilePath(),
                                  reasonOf(*open[i], errno ? errno : EIO),
                                  i == 0 ? QStringLiteral("; ") + nothing : QString())};
    }
    return Status::success();
}

Status writeFileStreamed(const QString& path, const std::function<Status(QIODevice&)>& write) {
    QSaveFile file(path);
    const QString where = QFileInfo(path).absoluteFilePath();
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("%1: cannot write: %2; nothing was changed")
                         .arg(where, reasonOf(file, errno))};
    errno = 0;
    const Status written = write(file);
    if (!written || !file.flush() || file.error() != QFileDevice::NoError) {
        const QString reason = !written && !written.error().isEmpty()
                                   ? written.error()
                                   : reasonOf(file, errno ? errno : EIO);
        file.cancelWriting();
        return Error{QStringLiteral("%1: could not be written completely (%2); nothing was changed")
                         .arg(where, reason)};
    }
    errno = 0;
    if (!file.commit())
        return Error{QStringLiteral("%1: could not be written completely (%2); nothing was changed")
                         .arg(where, reasonOf(file, errno ? errno : EIO))};
    return Status::success();
}

} // namespace kizuna
