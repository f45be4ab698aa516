#pragma once
// Rows for one table gathered in memory and written many at a time with one multi-row INSERT:
// a bulk write (an import) then pays SQLite's cost per statement (starting and halting the
// program, resetting it) once per batch instead of once per row.

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace kizuna {

class Database;
class Statement;

class RowBatch {
public:
    // `columns` as in "INSERT INTO table(columns)", `columnCount` of them.
    RowBatch(Database& db, const char* table, const char* columns, int columnCount);
    ~RowBatch();
    RowBatch(const RowBatch&) = delete;
    RowBatch& operator=(const RowBatch&) = delete;

    // The next row's values, in column order; endRow() writes a full batch.
    RowBatch& add(qint64 value);
    RowBatch& add(double value);
    RowBatch& add(const QString& value);
    RowBatch& addNull();
    RowBatch& addOptional(const QString& value); // empty -> NULL
    RowBatch& addOptional(const std::optional<double>& value);
    void endRow();
    // Writes the rows gathered so far (throws SqlError as an INSERT would).
    void flush();
    void discard() {
        m_values.clear();
        m_text.clear();
    }
    bool isEmpty() const { return m_values.empty(); }

    static constexpr int kRowsPerStatement = 64;

private:
    struct Text { // UTF-8 bytes in m_text
        qsizetype offset;
        qsizetype size;
    };
    using Value = std::variant<std::monostate, qint64, double, Text>;
    std::unique_ptr<Statement> prepare(int rows) const;
    void write(Statement& insert);

    Database& m_db;
    QByteArray m_head; // "INSERT INTO table(columns) VALUES"
    int m_columns;
    std::vector<Value> m_values;
    QByteArray m_text; // the batch's strings, encoded as they are added (bound without a copy)
    std::unique_ptr<Statement> m_full; // kRowsPerStatement rows
};

} // namespace kizuna
