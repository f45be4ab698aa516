#pragma once
// Thrown inside importers; the reader entry points turn it into an Error naming the file.

#include <QString>

namespace kizuna {

struct ReadError {
    QString message; // "line 12, column 5: ..." or "nodes[3]: ..."
};

// Where something was read, for error messages: a file and line become text only when an error
// names them (formatting "FILE: line N" for each of a million rows took a tenth of an import).
class Where {
public:
    Where(const QString& text) : m_text(text) {} // implicit: readers that name places in text
    Where(const QString& path, qsizetype line) : m_path(&path), m_line(line) {}
    QString text() const {
        return m_path ? QStringLiteral("%1: line %2").arg(*m_path).arg(m_line) : m_text;
    }

private:
    QString m_text;
    const QString* m_path = nullptr; // outlives the Where
    qsizetype m_line = 0;
};

// Finds the first byte that is not valid UTF-8; -1 if all is valid.
qsizetype firstInvalidUtf8(const QByteArray& data);
// "line L, column C" of a byte offset (columns count characters).
QString lineAndColumnOf(const QByteArray& data, qsizetype offset);

} // namespace kizuna
