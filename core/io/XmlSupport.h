#pragma once
// Shared by the XML importers (GraphML, GEXF): streaming reads with QXmlStreamReader, errors that
// name the line and column, and no DTDs (so no entity expansion: no billion-laughs blow-up).

#include "io/ReadError.h"
#include "model/Progress.h"

#include <QXmlStreamReader>

namespace kizuna {

class XmlInput {
public:
    XmlInput(const QByteArray& data, const QString& path)
        : m_reader(data), m_path(path), m_size(data.size()) {
        m_reader.setNamespaceProcessing(true);
    }

    QXmlStreamReader& reader() { return m_reader; }
    // Next start or end element; throws on malformed XML or a DTD. False at the end of input.
    bool next();
    [[noreturn]] void fail(const QString& what) const;
    QString where() const; // "file: line L, column C"
    QString attribute(const char* name) const {
        return m_reader.attributes().value(QLatin1String(name)).toString();
    }
    bool hasAttribute(const char* name) const {
        return m_reader.attributes().hasAttribute(QLatin1String(name));
    }
    // The element's text content (reads to its end tag).
    QString text();
    // Call once per element read: reports progress now and then; throws ReadError if cancelled.
    void countElement(const ProgressCallback& progress);

private:
    QXmlStreamReader m_reader;
    QString m_path;
    qint64 m_size = 0;
    qint64 m_elements = 0;
};

} // namespace kizuna
