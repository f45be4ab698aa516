#include "dialogs/ExportDiagramDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace kizuna {

ExportDiagramDialog::ExportDiagramDialog(const DiagramOptions& options, bool hasSelection,
                                         QWidget* parent)
    : QDialog(parent), m_base(options), m_title(new QLineEdit(options.title, this)),
      m_subtitle(new QLineEdit(options.subtitle, this)),
      m_legend(new QCheckBox(tr("Legend of the types shown"), this)),
      m_sources(new QCheckBox(tr("Numbered sources (relations carry the numbers)"), this)),
      m_asOf(new QLineEdit(this)), m_page(new QComboBox(this)), m_orientation(new QComboBox(this)),
      m_style(new QComboBox(this)), m_dpi(new QSpinBox(this)),
      m_transparent(new QCheckBox(tr("Transparent background"), this)),
      m_selectionOnly(new QCheckBox(tr("Only the selected elements"), this)),
      m_minFont(new QDoubleSpinBox(this)),
      m_tiles(
          new QCheckBox(tr("PDF: tiled pages with an overview when the map does not fit"), this)) {
    setWindowTitle(tr("Export Diagram"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Subtitle"), m_subtitle);
    m_legend->setChecked(options.legend);
    m_sources->setChecked(options.sources);
    form->addRow(QString(), m_legend);
    form->addRow(QString(), m_sources);
    m_asOf->setPlaceholderText(tr("today (%1)").arg(QDate::currentDate().toString(Qt::ISODate)));
    m_asOf->setText(options.asOf);
    form->addRow(tr("As of"), m_asOf);
    m_style->addItem(tr("Colours of the map"), int(ColourScheme::Schema));
    m_style->addItem(tr("Colour-blind-safe palette"), int(ColourScheme::ColourBlindSafe));
    m_style->addItem(tr("Monochrome (print)"), int(ColourScheme::Monochrome));
    m_style->setCurrentIndex(m_style->findData(int(options.colours)));
    form->addRow(tr("Style"), m_style);
    m_page->addItem(QStringLiteral("A4"), int(PageSize::A4));
    m_page->addItem(QStringLiteral("Letter"), int(PageSize::Letter));
    m_page->addItem(QStringLiteral("A3"), int(PageSize::A3));
    m_page->addItem(QStringLiteral("A2"), int(PageSize::A2));
    m_page->addItem(tr("Sized to the map (every label readable)"), int(PageSize::Fit));
    m_page->setCurrentIndex(std::max(0, m_page->findData(int(options.page))));
    m_orientation->addItem(tr("As the map is wide or tall"), int(Orientation::Auto));
    m_orientation->addItem(tr("Landscape"), int(Orientation::Landscape));
    m_orientation->addItem(tr("Portrait"), int(Orientation::Portrait));
    m_orientation->setCurrentIndex(std::max(0, m_orientation->findData(int(options.orientation))));
    form->addRow(tr("PDF page"), m_page);
    form->addRow(tr("PDF orientation"), m_orientation);
    m_minFont->setRange(4, 24);
    m_minFont->setSingleStep(0.5);
    m_minFont->setDecimals(1);
    m_minFont->setSuffix(tr(" pt"));
    m_minFont->setValue(options.minFontPt);
    m_minFont->setToolTip(tr("Node labels are never smaller than this on the page (relation "
                             "labels 1 pt less); labels that do not fit are left out."));
    form->addRow(tr("Smallest label"), m_minFont);
    m_tiles->setChecked(options.tiles);
    form->addRow(QString(), m_tiles);
    m_dpi->setRange(48, 600);
    m_dpi->setSingleStep(48);
    m_dpi->setValue(int(options.dpi));
    m_dpi->setSuffix(tr(" dpi (96 = as on screen)"));
    m_transparent->setChecked(options.transparent);
    form->addRow(tr("PNG"), m_dpi);
    form->addRow(QString(), m_transparent);
    m_selectionOnly->setEnabled(hasSelection);
    m_selectionOnly->setChecked(false);
    form->addRow(QString(), m_selectionOnly);
    if (options.changes) {
        m_changes = new QCheckBox(tr("Mark the changes shown in History, with a legend entry and "
                                     "(PDF) a page listing them"),
                                  this);
        m_changes->setToolTip(options.changesTitle);
        m_changes->setChecked(true);
        form->addRow(tr("Changes"), m_changes);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DiagramOptions ExportDiagramDialog::options() const {
    DiagramOptions options = m_base;
    options.title = m_title->text().trimmed();
    options.subtitle = m_subtitle->text().trimmed();
    options.legend = m_legend->isChecked();
    options.sources = m_sources->isChecked();
    options.asOf = QDate::fromString(m_asOf->text().trimmed(), Qt::ISODate).isValid()
                       ? m_asOf->text().trimmed()
                       : QString();
    options.colours = ColourScheme(m_style->currentData().toInt());
    options.page = PageSize(m_page->currentData().toInt());
    options.orientation = Orientation(m_orientation->currentData().toInt());
    options.minFontPt = m_minFont->value();
    options.tiles = m_tiles->isChecked();
    options.dpi = m_dpi->value();
    options.transparent = m_transparent->isChecked();
    if (m_changes && !m_changes->isChecked())
        options.changes.reset();
    return options;
}

bool ExportDiagramDialog::selectionOnly() const {
    return m_selectionOnly->isChecked();
}

} // namespace kizuna
