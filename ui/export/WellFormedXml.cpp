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

bool WellFormedXmlDevice::pass(const QByteArray& bytes) {
    for (qint64 written = 0; written < bytes.size();) {
        const qint64 n = m_out.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0) {
            m_failed = true;
            return false;
        }
        written += n;
    }
    return true;
}

qint64 WellFormedXmlDevice::writeData(const char* data, qint64 length) {
    if (m_failed)
        return -1;
    QByteArray chunk = m_held + QByteArray(data, length);
    m_held.clear();
    // U+FFFE/U+FFFF are three bytes (EF BF BE/BF): keep a start cut off at the end for later.
    qsizetype end = chunk.size();
    if (end >= 1 && uchar(chunk[end - 1]) == 0xEF)
        end -= 1;
    else if (end >= 2 && uchar(chunk[end - 2]) == 0xEF && uchar(chunk[end - 1]) == 0xBF)
        end -= 2;
    m_held = chunk.mid(end);
    chunk.truncate(end);
    return pass(wellFormedXml(chunk)) ? length : -1;
}

void WellFormedXmlDevice::close() {
    if (!m_held.isEmpty() && !m_failed)
        pass(m_held);
    m_held.clear();
    QIODevice::close();
}

} // namespace kizuna
