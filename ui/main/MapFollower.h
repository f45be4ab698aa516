#pragma once
// Keeps an open map current with what other programs (another window, kizuna-cli, a script)
// commit to its file: checks PRAGMA data_version on a short timer and whenever the app comes to
// the front, and then has the document catch up from the change log. The document's notice then
// reaches every view as usual.

#include <QObject>
#include <QTimer>

namespace kizuna {

class GraphDocument;

class MapFollower : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 1000;

    explicit MapFollower(GraphDocument& document, QObject* parent = nullptr);

    // Catches up now if another program committed (tests call this instead of waiting).
    void check();

Q_SIGNALS:
    void failed(const QString& message); // the file could not be read; the map stays as shown

private:
    GraphDocument& m_document;
    QTimer m_timer;
    bool m_retry = false; // the last catch-up failed
};

} // namespace kizuna
