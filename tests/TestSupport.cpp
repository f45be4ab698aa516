#include "TestSupport.h"

#include "io/MapFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

namespace kizuna::test {

void writeBundledMap(const QString& path) {
    auto contents = bundledMapContents();
    REQUIRE(contents.ok());
    const Status status = writeNewMap(path, std::move(contents).value(), false);
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
}

std::unique_ptr<GraphDocument> openMap(const QString& path) {
    auto document = GraphDocument::open(path, MapStore::Access::ReadWrite);
    INFO(document.error().toStdString());
    REQUIRE(document.ok());
    return std::move(document).value();
}

QByteArray fileHash(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

CliResult runCli(const QStringList& args) {
    QProcess process;
    process.start(QStringLiteral(KIZUNA_CLI_PATH), args);
    REQUIRE(process.waitForFinished(60000));
    return CliResult{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                     QString::fromUtf8(process.readAllStandardOutput()),
                     QString::fromUtf8(process.readAllStandardError())};
}

} // namespace kizuna::test
