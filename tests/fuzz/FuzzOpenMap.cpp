// libFuzzer target: opening a map file with arbitrary bytes (seeded with real maps). Opening must
// refuse damage with a message, never crash; a map that opens must load whole.
#include "document/GraphDocument.h"

#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>

using namespace kizuna;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.kizuna"));
    QFile::remove(path + QStringLiteral("-journal"));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    auto document = GraphDocument::open(path, MapStore::Access::ReadOnly);
    (void)document;
    return 0;
}
