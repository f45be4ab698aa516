#pragma once
// Qt stamps a PDF with the time of writing and gives embedded font subsets random tags
// ("/FontName /ABCDEF+IPAPGothic"). This device, between QPdfWriter and the file, puts the
// "as of" date and fixed tags (KZAAAA+, KZBAAA+ … in order of first appearance) there instead,
// so the same map and options give the same bytes. Replacements keep their length, so the
// cross-reference offsets stay valid. The bytes stream through: nothing of a big map's PDF is
// kept in memory but the last few bytes of each write (a key may be split between two writes).

#include <QByteArray>
#include <QIODevice>
#include <vector>

namespace kizuna {

class ReproduciblePdfDevice : public QIODevice {
public:
    // `asOf`: yyyy-MM-dd, written as the creation date (2000-01-01 when it is not a date).
    ReproduciblePdfDevice(QIODevice& out, const QString& asOf);
    ~ReproduciblePdfDevice() override;
    void close() override; // writes what is held back
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override;

private:
    void rewrite(qsizetype from, qsizetype to); // keys and tags starting in [from, to)
    bool pass(qsizetype count);                 // the first `count` held bytes, to `m_out`
    QIODevice& m_out;
    QByteArray m_stamp; // "yyyyMMdd000000Z"
    QByteArray m_held;
    std::vector<std::pair<QByteArray, QByteArray>> m_tags; // Qt's tag → its fixed one
    bool m_failed = false;
};

} // namespace kizuna
