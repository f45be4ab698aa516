#pragma once
// The hasher for big hash tables keyed by file ids (QString). With std::hash<QString>, which it
// takes to be cheap, libstdc++ keeps no hash in the entries and hashes the texts of a bucket again
// on every lookup (a third of reading a big CSV, a tenth of a big GraphML); a hasher that may
// throw makes it keep each entry's hash, and a lookup then compares only texts of equal hash.

#include <QHash>
#include <QString>

namespace kizuna {

struct KeyHash {
    size_t operator()(const QString& key) const { return qHash(key); }
};

} // namespace kizuna
