#include "io/CsvParser.h"

#include "io/ReadError.h"

#include <algorithm>

namespace kizuna {

CsvParser::CsvParser(const QByteArray& data, const QString& path)
    : m_data(data), m_path(path), m_end(data.size()) {
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = m_lineStart = 3;
}

CsvParser::CsvParser(const QByteArray& data, const QString& path, qsizetype begin, qsizetype end,
                     int firstLine)
    : m_data(data), m_path(path), m_pos(begin), m_end(end), m_line(firstLine), m_lineStart(begin) {}

qsizetype recordBoundaryAfter(const QByteArray& data, qsizetype from) {
    const char* bytes = data.constData();
    const qsizetype size = data.size();
    if (from <= 0 || from >= size)
        return -1;
    bool quoted = std::count(bytes, bytes + from, '"') % 2 == 1;
    for (qsizetype i = from; i < size; ++i) {
        if (bytes[i] == '"')
            quoted = !quoted;
        else if (bytes[i] == '\n' && !quoted)
            return i + 1 < size ? i + 1 : -1;
    }
    return -1;
}

void CsvParser::fail(const QString& what) const {
    failAt(m_line, m_lineStart, m_pos, what);
}

void CsvParser::failAt(int line, qsizetype lineStart, qsizetype pos, const QString& what) const {
    const int column = int(QString::fromUtf8(m_data.mid(lineStart, pos - lineStart)).size()) + 1;
    throw ReadError{
        QStringLiteral("%1: line %2, column %3: %4").arg(m_path).arg(line).arg(column).arg(what)};
}

bool CsvParser::next(QStringList& fields) {
    fields.clear();
    const qsizetype size = m_end;
    // Skip blank lines between records.
    while (m_pos < size && (m_data[m_pos] == '\n' || m_data[m_pos] == '\r')) {
        if (m_data[m_pos] == '\n') {
            ++m_line;
            m_lineStart = m_pos + 1;
        }
        ++m_pos;
    }
    if (m_pos >= size)
        return false;
    m_recordLine = m_line;
    const qsizetype recordStart = m_pos;
    const qsizetype recordLineStart = m_lineStart;
    // A field (or the record) over its limit: say where it starts.
    const auto tooLong = [&](int line, qsizetype lineStart, qsizetype pos) {
        if (m_pos - recordStart >= kMaxCsvRecordBytes)
            failAt(m_recordLine, recordLineStart, recordStart,
                   QStringLiteral("a record longer than 64 MiB (the limit for one CSV record)"));
        failAt(line, lineStart, pos,
               QStringLiteral("a field longer than 16 MiB (the limit for one CSV field)"));
    };
    QByteArray field;
    for (;;) {
        field.resize(0); // keeps its buffer for the next quoted field
        if (fields.size() >= kMaxCsvFields)
            failAt(m_recordLine, recordLineStart, recordStart,
                   QStringLiteral("more than 100,000 fields in one record (the limit for one CSV "
                                  "record)"));
        const int fieldLine = m_line;
        const qsizetype fieldLineStart = m_lineStart, fieldStart = m_pos;
        if (m_pos < size && m_data[m_pos] == '"') {
            const int openLine = m_line;
            const qsizetype openLineStart = m_lineStart, openPos = m_pos;
            ++m_pos;
            for (;;) {
                if (m_pos >= size) // say where the quote was opened, not where the file ends
                    failAt(openLine, openLineStart, openPos,
                           QStringLiteral("this quoted field is not closed (a \" is missing)"));
                if (field.size() > kMaxCsvFieldBytes || m_pos - recordStart >= kMaxCsvRecordBytes)
                    tooLong(fieldLine, fieldLineStart, fieldStart);
                const char c = m_data[m_pos++];
                if (c == '"') {
                    if (m_pos < size && m_data[m_pos] == '"') {
                        field += '"';
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                if (c == '\n') {
                    ++m_line;
                    m_lineStart = m_pos;
                }
                field += c;
            }
            if (m_pos < size && m_data[m_pos] != ',' && m_data[m_pos] != '\n' &&
                m_data[m_pos] != '\r')
                fail(QStringLiteral("unexpected text after a closing quote (write \"\" for a quote "
                                    "inside a quoted field)"));
            fields << QString::fromUtf8(field);
        } else {
            const char* data = m_data.constData();
            while (m_pos < size && data[m_pos] != ',' && data[m_pos] != '\n' &&
                   data[m_pos] != '\r') {
                if (data[m_pos] == '"')
                    fail(QStringLiteral(
                        "a quote inside an unquoted field (quote the whole field and write \"\")"));
                // (the next byte would be one too many)
                if (m_pos - fieldStart >= kMaxCsvFieldBytes ||
                    m_pos - recordStart >= kMaxCsvRecordBytes)
                    tooLong(fieldLine, fieldLineStart, fieldStart);
                ++m_pos;
            }
            // Decoded straight from the file's bytes: no copy per field (most fields of a big
            // file are unquoted).
            fields << QString::fromUtf8(data + fieldStart, m_pos - fieldStart);
        }
        if (m_pos >= size)
            return true;
        const char separator = m_data[m_pos++];
        if (separator == ',')
            continue;
        if (separator == '\r' && m_pos < size && m_data[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
        return true;
    }
}

QString csvField(const QString& text) {
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                       (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString csvRecord(const QStringList& fields) {
    QStringList out;
    out.reserve(fields.size());
    for (const QString& field : fields)
        out << csvField(field);
    return out.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace kizuna
