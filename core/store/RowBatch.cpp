#include "store/RowBatch.h"

#include "store/SqlError.h"
#include "store/Statement.h"

namespace kizuna {

RowBatch::RowBatch(Database& db, const char* table, const char* columns, int columnCount)
    : m_db(db), m_head(QByteArray("INSERT INTO ") + table + '(' + columns + ") VALUES"),
      m_columns(columnCount) {
    m_values.reserve(size_t(kRowsPerStatement * m_columns));
}

RowBatch::~RowBatch() = default;

RowBatch& RowBatch::add(qint64 value) {
    m_values.emplace_back(value);
    return *this;
}

RowBatch& RowBatch::add(double value) {
    m_values.emplace_back(value);
    return *this;
}

RowBatch& RowBatch::add(const QString& value) {
    const qsizetype offset = m_text.size();
    // ASCII (ids, types, numbers: most of an import) is copied as it is; anything else goes
    // through the encoding a single row's bind uses.
    // constData, not utf16(): utf16() gives a literal or null string a buffer of its own, a
    // write the checks and the search index, reading the same change on the second core, race.
    const char16_t* units = reinterpret_cast<const char16_t*>(value.constData());
    const qsizetype size = value.size();
    bool ascii = true;
    for (qsizetype i = 0; i < size && ascii; ++i)
        ascii = units[i] < 0x80;
    if (ascii) {
        m_text.resize(offset + size);
        char* out = m_text.data() + offset;
        for (qsizetype i = 0; i < size; ++i)
            out[i] = char(units[i]);
    } else {
        m_text += storableUtf8(value);
    }
    m_values.emplace_back(Text{offset, m_text.size() - offset});
    return *this;
}

RowBatch& RowBatch::addNull() {
    m_values.emplace_back(std::monostate{});
    return *this;
}

RowBatch& RowBatch::addOptional(const QString& value) {
    return value.isEmpty() ? addNull() : add(value);
}

RowBatch& RowBatch::addOptional(const std::optional<double>& value) {
    return value ? add(*value) : addNull();
}

void RowBatch::endRow() {
    if (m_values.size() % size_t(m_columns) != 0)
        throw SqlError("a batched row has the wrong number of values", 0);
    if (m_values.size() < size_t(kRowsPerStatement * m_columns))
        return;
    if (!m_full)
        m_full = prepare(kRowsPerStatement);
    write(*m_full);
}

void RowBatch::flush() {
    if (m_values.empty())
        return;
    // The last, short batch: its statement is prepared for it (once per bulk write).
    const int rows = int(m_values.size() / size_t(m_columns));
    const std::unique_ptr<Statement> insert = prepare(rows);
    write(*insert);
}

std::unique_ptr<Statement> RowBatch::prepare(int rows) const {
    QByteArray one = "(?";
    for (int column = 1; column < m_columns; ++column)
        one += ",?";
    one += ')';
    QByteArray sql = m_head;
    sql.reserve(m_head.size() + rows * (one.size() + 1));
    for (int row = 0; row < rows; ++row) {
        if (row > 0)
            sql += ',';
        sql += one;
    }
    return std::make_unique<Statement>(m_db, sql.constData());
}

void RowBatch::write(Statement& insert) {
    int index = 0;
    for (const Value& value : m_values) {
        ++index;
        if (auto* i = std::get_if<qint64>(&value))
            insert.bind(index, *i);
        else if (auto* d = std::get_if<double>(&value))
            insert.bind(index, *d);
        else if (auto* t = std::get_if<Text>(&value))
            insert.bindUtf8(index, m_text.constData() + t->offset, int(t->size));
        else
            insert.bindNull(index);
    }
    m_values.clear(); // cleared first: a failed write is not written again by a later flush
    struct Done {     // the text is bound without a copy: kept until the statement is reset
        QByteArray& text;
        ~Done() { text.resize(0); } // its capacity is kept for the next batch
    } done{m_text};
    insert.run();
}

} // namespace kizuna
