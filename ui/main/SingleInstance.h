#pragma once
// One Kizuna per user: a second launch with a file hands the file to the app already running
// (which opens or imports it and comes to the front) and quits, instead of a second window
// fighting the first over one map. Through a local socket (QLocalServer): one line with the
// file's absolute path, answered "ok".

#include <QObject>
#include <QString>

class QLocalServer;

namespace kizuna {

class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(QString serverName, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The user's server name (one per user and settings folder).
    static QString defaultServerName();

    // Hands `path` to the running instance; false when none answers within `timeoutMs` (then
    // this launch opens it itself). Blocks: call it before the event loop runs.
    bool sendToRunning(const QString& path, int timeoutMs = 3000) const;
    // Listens for later launches. A name left behind by a crashed instance is taken over;
    // false when another instance is listening.
    bool listen();
    bool isListening() const;

Q_SIGNALS:
    void openRequested(const QString& path);

private:
    void answer();

    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace kizuna
