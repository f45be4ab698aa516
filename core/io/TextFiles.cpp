#include "io/TextFiles.h"

#include "io/AtomicWrite.h"
#include "io/ReadError.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <limits>
#include <optional>

namespace kizuna {

namespace {

// A positive count from an environment variable, with an optional binary suffix when `sizes`.
std::optional<qint64> limitFromEnvironment(const char* name, bool sizes) {
    const QByteArray text = qgetenv(name).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression sizePattern(
        QStringLiteral("^(\\d+)\\s*(?:([KMGT])(?:i?B)?|B)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression countPattern(QStringLiteral("^(\\d+)$"));
    const auto match = (sizes ? sizePattern : countPattern).match(QString::fromUtf8(text));
    bool ok = false;
    qint64 value = match.hasMatch() ? match.captured(1).toLongLong(&ok) : 0;
    const QString unit = match.captured(2).toUpper();
    const int shift = unit == QLatin1String("K")   ? 10
                      : unit == QLatin1String("M") ? 20
                      : unit == QLatin1String("G") ? 30
                      : unit == QLatin1String("T") ? 40
                                                   : 0;
    if (!ok || value <= 0 || value > (std::numeric_limits<qint64>::max() >> shift))
        throw ReadError{QStringLiteral("%1 is \"%2\", not %3")
                            .arg(QLatin1String(name), QString::fromUtf8(text),
                                 sizes ? QStringLiteral("a size (bytes, or with K, M, G or T: "
                                                        "512M, 4G)")
                                       : QStringLiteral("a positive whole number"))};
    return value << shift;
}

} // namespace

qint64 maxImportBytes() {
    return limitFromEnvironment("KIZUNA_MAX_IMPORT_BYTES", true).value_or(kDefaultMaxImportBytes);
}

qint64 maxImportElements() {
    return limitFromEnvironment("KIZUNA_MAX_IMPORT_ELEMENTS", false)
        .value_or(kDefaultMaxImportElements);
}

QString groupedNumber(qint64 value) {
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > (value < 0 ? 1 : 0); i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

QByteArray readTextFile(const QString& path) {
    qint64 limit = 0;
    try {
        limit = maxImportBytes();
    } catch (const ReadError& error) {
        throw ReadError{QStringLiteral("%1: not read: %2").arg(path, error.message)};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ReadError{QStringLiteral("%1: %2").arg(path, file.errorString())};
    const QString advice = QStringLiteral("set KIZUNA_MAX_IMPORT_BYTES to raise it");
    QByteArray data;
    if (!file.isSequential()) {
        if (file.size() > limit)
            throw ReadError{
                QStringLiteral("%1: %2 bytes, larger than the import limit of %3 bytes "
                               "(%4)")
                    .arg(path, groupedNumber(file.size()), groupedNumber(limit), advice)};
        data.reserve(file.size());
    }
    // Read in chunks, each checked as it comes: a stream without a size (a pipe, /dev/zero) stops
    // at the limit or at its first byte that is not text, not when memory runs out.
    constexpr qint64 kChunk = qint64(4) << 20;
    qsizetype valid = 0; // bytes checked to be UTF-8 without NUL
    for (;;) {
        const QByteArray chunk = file.read(std::min(kChunk, limit + 1 - qint64(data.size())));
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                throw ReadError{QStringLiteral("%1: %2").arg(path, file.errorString())};
            break;
        }
        data.append(chunk);
        if (data.size() > limit)
            throw ReadError{QStringLiteral("%1: larger than the import limit of %2 bytes (%3)")
                                .arg(path, groupedNumber(limit), advice)};
        // Up to the last complete character (a character may continue in the next chunk).
        qsizetype end = data.size();
        for (qsizetype i = end - 1; i >= 0 && i >= end - 4; --i) {
            const auto c = static_cast<unsigned char>(data[i]);
            if ((c & 0xC0) == 0x80)
                continue; // a continuation byte: look for its lead
            const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            if (i + length > end)
                end = i;
            break;
        }
        const QByteArray part = QByteArray::fromRawData(data.constData() + valid, end - valid);
        const qsizetype bad = firstInvalidUtf8(part);
        const qsizetype nul = part.indexOf('\0');
        if (bad >= 0 && (nul < 0 || bad < nul))
            throw ReadError{QStringLiteral("%1: %2: not valid UTF-8 (save the file as UTF-8)")
                                .arg(path, lineAndColumnOf(data, valid + bad))};
        if (nul >= 0)
            throw ReadError{QStringLiteral("%1: %2: a NUL byte, which no text file has (save "
                                           "the file as UTF-8 text)")
                                .arg(path, lineAndColumnOf(data, valid + nul))};
        valid = end;
    }
    if (const qsizetype bad = firstInvalidUtf8(data.mid(valid)); bad >= 0)
        throw ReadError{QStringLiteral("%1: %2: not valid UTF-8 (save the file as UTF-8)")
                            .arg(path, lineAndColumnOf(data, valid + bad))};
    return data;
}

Status writeTextFile(const QString& path, const QByteArray& data) {
    return writeFilesAtomically({{path, data}});
}

} // namespace kizuna
