// libFuzzer target: one importer (KIZUNA_FUZZ_FORMAT, a GraphFormat value) reads arbitrary
// bytes. Any crash, sanitizer report, hang or unbounded allocation is a bug; a refusal with a
// message is the expected answer to garbage.
#include "io/GraphFormats.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>

using namespace kizuna;

namespace {

const char* const kExtensions[] = {".csv", ".graphml", ".gexf", ".dot", ".cyjs", ".json"};

QTemporaryDir& scratch() {
    static QTemporaryDir dir; // one per process: libFuzzer calls the target millions of times
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto format = static_cast<GraphFormat>(KIZUNA_FUZZ_FORMAT);
    const QString path = scratch().filePath(QStringLiteral("input") +
                                            QString::fromLatin1(kExtensions[KIZUNA_FUZZ_FORMAT]));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    ReadOptions options;
    if (format == GraphFormat::Csv) // the same bytes as the edges table too
        options.csv.edgesPath = path;
    auto graph = readGraphFile(path, format, Schema{}, options);
    (void)graph;
    return 0;
}
