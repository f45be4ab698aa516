#pragma once
// One shared copy of each text that repeats on every row (type keys, relation keys, property
// names): a million relations otherwise hold a million copies of "supplies_model_to" (40 MB).

#include <QSet>
#include <QString>

namespace kizuna {

class InternedStrings {
public:
    QString operator()(const QString& text) { return *m_seen.insert(text); }

private:
    QSet<QString> m_seen;
};

} // namespace kizuna
