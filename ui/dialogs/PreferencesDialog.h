#pragma once
// Edit > Preferences: the app's language, its look (system, light or dark) and the size of names
// on the canvas, the author name written into the change log, and the options a diagram export
// starts with. Stored in QSettings; the language takes effect at the next start, the rest at once.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSettings;

namespace kizuna {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(QSettings& settings, QWidget* parent = nullptr);

    QComboBox* languageCombo() const { return m_language; }
    QLineEdit* authorEdit() const { return m_author; }
    QComboBox* themeCombo() const { return m_theme; }
    QComboBox* nameSizeCombo() const { return m_nameSize; }
    QComboBox* pageCombo() const { return m_page; }
    QDoubleSpinBox* exportFontSpin() const { return m_exportFont; }
    QCheckBox* legendCheck() const { return m_legend; }
    QCheckBox* sourcesCheck() const { return m_sources; }

    // Saves the choices; true when the language changed (it applies after a restart).
    bool save();

private:
    QSettings& m_settings;
    QComboBox* m_language;
    QLineEdit* m_author;
    QComboBox* m_theme;
    QComboBox* m_nameSize;
    QComboBox* m_page;
    QDoubleSpinBox* m_exportFont;
    QCheckBox* m_legend;
    QCheckBox* m_sources;
};

// The author name from Preferences, or the system's user name when none was set.
QString preferredAuthor(const QSettings& settings);

} // namespace kizuna
