#pragma once
// kizuna-cli's stdout and stderr: labels and file contents may hold control characters (ESC
// sequences could drive the user's terminal). Everything written passes through here: C0
// controls other than tab and line feed, and DEL, become their Unicode control pictures
// (ESC → ␛), C1 controls U+FFFD. JSON output is unaffected (JSON escapes them already).

#include <QIODevice>
#include <cstdio>

namespace kizuna::cli {

class TerminalOutput : public QIODevice {
public:
    explicit TerminalOutput(FILE* stream);
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    FILE* m_stream;
    bool m_pendingC2 = false; // a 0xC2 byte whose next byte decides whether it starts a C1 control
};

} // namespace kizuna::cli
