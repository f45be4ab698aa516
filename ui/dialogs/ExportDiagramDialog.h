#pragma once
// The options of File > Export Diagram; they are remembered between exports.

#include "export/DiagramOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace kizuna {

class ExportDiagramDialog : public QDialog {
    Q_OBJECT
public:
    ExportDiagramDialog(const DiagramOptions& options, bool hasSelection,
                        QWidget* parent = nullptr);

    DiagramOptions options() const;
    bool selectionOnly() const;
    QLineEdit* titleEdit() const { return m_title; }

private:
    DiagramOptions m_base;
    QLineEdit* m_title;
    QLineEdit* m_subtitle;
    QCheckBox* m_legend;
    QCheckBox* m_sources;
    QLineEdit* m_asOf;
    QComboBox* m_page;
    QComboBox* m_orientation;
    QComboBox* m_style;
    QSpinBox* m_dpi;
    QCheckBox* m_transparent;
    QCheckBox* m_selectionOnly;
    QDoubleSpinBox* m_minFont;
    QCheckBox* m_tiles;
    QCheckBox* m_changes = nullptr; // when the History panel marks changes
};

} // namespace kizuna
