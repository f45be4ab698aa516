#pragma once
// Helpers shared by the test suites.

#include "document/GraphDocument.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

// Readable QStrings and property maps in Catch's failure messages.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) {
        return QStringLiteral("\"%1\"").arg(value).toStdString();
    }
};
template <> struct StringMaker<QMap<QString, QString>> {
    static std::string convert(const QMap<QString, QString>& map) {
        QString out = QStringLiteral("{");
        for (auto it = map.begin(); it != map.end(); ++it)
            out += QStringLiteral(" %1=%2;").arg(it.key(), it.value());
        return (out + QStringLiteral(" }")).toStdString();
    }
};
} // namespace Catch

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
