#pragma once
// Edit > Preferences: the app's language and the author name written into the change log.
// Stored in QSettings; the language takes effect at the next start.

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSettings;

namespace kizuna {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(QSettings& settings, QWidget* parent = nullptr);

    QComboBox* languageCombo() const { return m_language; }
    QLineEdit* authorEdit() const { return m_author; }

    // Saves the choices; true when the language changed (it applies after a restart).
    bool save();

private:
    QSettings& m_settings;
    QComboBox* m_language;
    QLineEdit* m_author;
};

// The author name from Preferences, or the system's user name when none was set.
QString preferredAuthor(const QSettings& settings);

} // namespace kizuna
