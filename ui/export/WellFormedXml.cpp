#include "export/WellFormedXml.h"

#include "io/ExportText.h"

namespace kizuna {

QByteArray wellFormedXml(const QByteArray& svg) {
    QByteArray out;
    qsizetype done = 0;
    for (qsizetype i = 0; i < svg.size(); ++i) {
        const uchar c = uchar(svg[i]);
        const bool control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
        const bool nonchar = c == 0xEF && i + 2 < svg.size() && uchar(svg[i + 1]) == 0xBF &&
                             (uchar(svg[i + 2]) == 0xBE || uchar(svg[i + 2]) == 0xBF);
        if (!control && !nonchar)
            continue;
        if (out.isEmpty())
            out.reserve(svg.size() + 64);
        out.append(svg.constData() + done, i - done);
        out.append(QString(control ? controlPicture(c) : QChar(0xFFFD)).toUtf8());
        done = i + (control ? 1 : 3);
        i = done - 1;
    }
    if (done == 0)
        return svg;
    out.append(svg.constData() + done, svg.size() - done);
    return out;
}

WellFormedXmlDevice::WellFormedXmlDevice(QIODevice& out) : m_out(out) {
    open(QIODevice::WriteOnly);
}

WellFormedXmlDevice::~WellFormedXmlDevice() {
    if (isOpen())
        close();
}

bool WellFormedXmlDevice::pass(const char* bytes, qint64 size) {
    for (qint64 written = 0; written < size;) {
        const qint64 n = m_out.write(bytes + written, size - written);
        if (n <= 0) {
            m_failed = true;
            return false;
        }
        written += n;
    }
    return true;
}

bool WellFormedXmlDevice::pass(const QByteArray& bytes) {
    return pass(bytes.constData(), bytes.size());
}

// Scans the bytes where they are and passes clean runs straight on (QSvgGenerator hands over
// the whole document in one write: no copy of it is made here).
qint64 WellFormedXmlDevice::writeData(const char* data, qint64 length) {
    if (m_failed)
        return -1;
    qint64 i = 0;
    if (!m_held.isEmpty()) { // a three-byte character started in the last write
        while (m_held.size() < 3 && i < length)
            m_held.append(data[i++]);
        if (m_held.size() < 3)
            return length;
        if (!pass(wellFormedXml(m_held)))
            return -1;
        m_held.clear();
    }
    qint64 done = i;
    for (; i < length; ++i) {
        const uchar c = uchar(data[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            if (!pass(data + done, i - done) || !pass(QString(controlPicture(c)).toUtf8()))
                return -1;
            done = i + 1;
        } else if (c == 0xEF) {
            if (i + 2 >= length) { // cut off by the end of this write: kept for the next
                if (!pass(data + done, i - done))
                    return -1;
                m_held = QByteArray(data + i, length - i);
                return length;
            }
            if (uchar(data[i + 1]) == 0xBF &&
                (uchar(data[i + 2]) == 0xBE || uchar(data[i + 2]) == 0xBF)) {
                if (!pass(data + done, i - done) || !pass(QString(QChar(0xFFFD)).toUtf8()))
                    return -1;
                done = i + 3;
            }
            i += 2;
        }
    }
    return pass(data + done, length - done) ? length : -1;
}

void WellFormedXmlDevice::close() {
    if (!m_held.isEmpty() && !m_failed)
        pass(m_held); // an incomplete character at the very end: as it is
    m_held.clear();
    QIODevice::close();
}

} // namespace kizuna
