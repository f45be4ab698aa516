#include "io/XmlSupport.h"

namespace kizuna {

bool XmlInput::next() {
    while (!m_reader.atEnd()) {
        const auto token = m_reader.readNext();
        if (token == QXmlStreamReader::DTD)
            fail(QStringLiteral("document type declarations (DTDs) are not accepted; remove the "
                                "<!DOCTYPE …> part"));
        if (token == QXmlStreamReader::StartElement || token == QXmlStreamReader::EndElement)
            return true;
    }
    if (m_reader.hasError())
        fail(m_reader.errorString());
    return false;
}

void XmlInput::fail(const QString& what) const {
    throw ReadError{QStringLiteral("%1: %2").arg(where(), what)};
}

QString XmlInput::where() const {
    return QStringLiteral("%1: line %2, column %3")
        .arg(m_path)
        .arg(m_reader.lineNumber())
        .arg(m_reader.columnNumber());
}

void XmlInput::countElement(const ProgressCallback& progress) {
    if (progress && (++m_elements % 4096) == 0 && !progress(m_reader.characterOffset(), m_size))
        throw ReadError{QStringLiteral("import cancelled")};
}

QString XmlInput::text() {
    const QString content = m_reader.readElementText(QXmlStreamReader::IncludeChildElements);
    if (m_reader.hasError())
        fail(m_reader.errorString());
    return content;
}

} // namespace kizuna
