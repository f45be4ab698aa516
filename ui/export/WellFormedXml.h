#pragma once
// XML 1.0 cannot carry C0 control characters (but tab, line feed and carriage return), not even
// escaped, nor U+FFFE/U+FFFF; QSvgGenerator writes text as it is. In its UTF-8 output such a
// control is one byte that is never part of a longer sequence: it becomes its control picture
// (␇ for BEL), U+FFFE/U+FFFF become U+FFFD. A lone surrogate is already U+FFFD (QTextStream).
// diagramWarnings names the elements.

#include <QByteArray>
#include <QIODevice>

namespace kizuna {

QByteArray wellFormedXml(const QByteArray& utf8);

// The same, as the bytes stream through to `out` (an SVG written straight to its file): a
// sequence split between two writes is held back until the next one, or close().
class WellFormedXmlDevice : public QIODevice {
public:
    explicit WellFormedXmlDevice(QIODevice& out);
    ~WellFormedXmlDevice() override;
    void close() override;
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override;

private:
    bool pass(const char* bytes, qint64 size);
    bool pass(const QByteArray& bytes);
    QIODevice& m_out;
    QByteArray m_held;
    bool m_failed = false;
};

} // namespace kizuna
