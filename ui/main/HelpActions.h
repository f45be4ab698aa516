#pragma once
// The Help menu: Getting Started (F1), Keyboard Shortcuts (every menu command with its keys and
// the canvas's gestures) and About (versions and licence).

#include <QString>
#include <vector>

class QMainWindow;
class QMenu;
class QMenuBar;
class QWidget;

namespace kizuna {

struct ShortcutEntry {
    QString place;   // "File", "Edit > Labels In", or "Canvas" for a gesture
    QString command; // without its mnemonic '&'
    QString keys;    // as this platform writes them; several joined by ", "; empty when none
};

// Every command of the menu bar (submenus included, in menu order), then the canvas's gestures.
std::vector<ShortcutEntry> shortcutList(const QMenuBar& menuBar);

// "Kizuna 0.1.0, Qt 6.4.2, Boost 1.74, SQLite 3.40.1": what About and bug reports quote.
QString versionsText();

// Adds Getting Started, Keyboard Shortcuts and About to `help`.
void addHelpActions(QMainWindow& window, QMenu& help);

void showGettingStarted(QWidget* parent);
void showKeyboardShortcuts(QMainWindow& window);
void showAbout(QWidget* parent);

} // namespace kizuna
