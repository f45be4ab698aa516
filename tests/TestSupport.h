#pragma once
// Helpers shared by the test suites.

#include "document/GraphDocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace kizuna::test {

// A fresh temporary folder per test, removed afterwards.
struct TempFolder {
    QTemporaryDir dir;
    QString file(const QString& name) const { return dir.filePath(name); }
};

// Writes the bundled map to `path` (through the same code as `kizuna-cli init --bundled`).
void writeBundledMap(const QString& path);
// Opens a map read-write; fails the test when it cannot.
std::unique_ptr<GraphDocument> openMap(const QString& path);
// SHA-256 of a file's bytes: to assert that something did not change it.
QByteArray fileHash(const QString& path);

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs the real kizuna-cli binary.
CliResult runCli(const QStringList& args);

} // namespace kizuna::test
