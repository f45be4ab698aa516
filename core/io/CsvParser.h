#pragma once
// RFC 4180 CSV: comma-separated fields, double quotes around fields with commas, quotes or line
// breaks, "" for a quote inside a quoted field; CRLF or LF; a UTF-8 BOM is skipped. Broken
// quoting is an error with its line and column, never a guess.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kizuna {

// Limits on one record, so a file of one endless line (or /dev/zero) is refused with its line and
// column instead of filling memory (README, Interchange formats, Limits).
constexpr qsizetype kMaxCsvFieldBytes = qsizetype(16) << 20;  // 16 MiB
constexpr qsizetype kMaxCsvRecordBytes = qsizetype(64) << 20; // 64 MiB
constexpr qsizetype kMaxCsvFields = 100'000;

class CsvParser {
public:
    // `path` names the file in error messages.
    CsvParser(const QByteArray& data, const QString& path);
    // Records of data[begin, end) only, `begin` the start of line `firstLine` (a part of a file
    // read by another thread; see recordBoundaryAfter).
    CsvParser(const QByteArray& data, const QString& path, qsizetype begin, qsizetype end,
              int firstLine);
    // Stops at `end` (a record boundary): the rest is read by another parser.
    void stopAt(qsizetype end) { m_end = end; }
    int line() const { return m_line; } // the line the next record starts on (or a blank one)

    // The next record, or false at the end. Throws ReadError("line L, column C: ...").
    bool next(QStringList& fields);
    int recordLine() const { return m_recordLine; } // line where the last record started
    qsizetype position() const { return m_pos; }

private:
    [[noreturn]] void fail(const QString& what) const;
    [[noreturn]] void failAt(int line, qsizetype lineStart, qsizetype pos,
                             const QString& what) const;

    const QByteArray& m_data;
    QString m_path;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    int m_recordLine = 0;
};

// The first record start at or after `from` (a line start outside any quoted field: an even
// number of quotes before it), or -1. Lets two threads read one big file.
qsizetype recordBoundaryAfter(const QByteArray& data, qsizetype from);

QString csvField(const QString& text); // quoted when it must be
QString csvRecord(const QStringList& fields);

} // namespace kizuna
