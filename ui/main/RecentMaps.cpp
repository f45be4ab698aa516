#include "main/RecentMaps.h"

#include <QFileInfo>

namespace kizuna {
namespace {
const QString kKey = QStringLiteral("recentMaps");
}

QStringList RecentMaps::paths() const {
    QStringList result;
    for (const QString& path : m_settings.value(kKey).toStringList())
        if (QFileInfo::exists(path))
            result << path;
    return result;
}

QString RecentMaps::last() const {
    const QStringList all = paths();
    return all.isEmpty() ? QString() : all.first();
}

void RecentMaps::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList all = m_settings.value(kKey).toStringList();
    all.removeAll(absolute);
    all.prepend(absolute);
    while (all.size() > kMaxEntries)
        all.removeLast();
    m_settings.setValue(kKey, all);
}

void RecentMaps::remove(const QString& path) {
    QStringList all = m_settings.value(kKey).toStringList();
    all.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(kKey, all);
}

} // namespace kizuna
