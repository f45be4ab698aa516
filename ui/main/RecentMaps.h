#pragma once
// The most recently opened maps, newest first, kept in the app's settings.

#include <QSettings>
#include <QStringList>

namespace kizuna {

class RecentMaps {
public:
    static constexpr int kMaxEntries = 8;
    explicit RecentMaps(QSettings& settings) : m_settings(settings) {}

    QStringList paths() const; // only files that still exist
    QString last() const;      // empty if none
    void add(const QString& path);
    void remove(const QString& path);

private:
    QSettings& m_settings;
};

} // namespace kizuna
