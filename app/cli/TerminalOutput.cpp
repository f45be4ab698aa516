#include "cli/TerminalOutput.h"

#include <QByteArray>

namespace kizuna::cli {

TerminalOutput::TerminalOutput(FILE* stream) : m_stream(stream) {
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalOutput::writeData(const char* data, qint64 size) {
    QByteArray clean;
    clean.reserve(size + 8);
    for (qint64 i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (m_pendingC2) {
            m_pendingC2 = false;
            if (byte >= 0x80 && byte <= 0x9F) { // U+0080..U+009F: a C1 control
                clean += "\xEF\xBF\xBD";        // U+FFFD
                continue;
            }
            clean += char(0xC2);
        }
        if (byte == 0xC2) {
            m_pendingC2 = true;
        } else if ((byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7F) {
            const char16_t picture = byte == 0x7F ? u'\u2421' : char16_t(0x2400 + byte);
            clean += QString(QChar(picture)).toUtf8();
        } else {
            clean += char(byte);
        }
    }
    if (!clean.isEmpty() &&
        std::fwrite(clean.constData(), 1, size_t(clean.size()), m_stream) != size_t(clean.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

} // namespace kizuna::cli
