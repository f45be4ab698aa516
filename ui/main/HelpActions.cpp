#include "main/HelpActions.h"

#include "store/Database.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <boost/version.hpp>

#ifndef KIZUNA_VERSION
#define KIZUNA_VERSION "dev"
#endif

namespace kizuna {
namespace {

QString plain(QString text) {
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))); // Japanese "ファイル(&F)"
    text.remove(QLatin1Char('&'));
    return text;
}

void collect(const QMenu& menu, const QString& place, std::vector<ShortcutEntry>& out) {
    for (QAction* action : menu.actions()) {
        if (action->isSeparator())
            continue;
        if (QMenu* sub = action->menu()) {
            collect(*sub, place + QStringLiteral(" > ") + plain(sub->title()), out);
            continue;
        }
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        out.push_back({place, plain(action->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

// The context of the help's words in the translations.
class HelpActions {
    Q_DECLARE_TR_FUNCTIONS(kizuna::HelpActions)
};

std::vector<ShortcutEntry> shortcutList(const QMenuBar& menuBar) {
    std::vector<ShortcutEntry> list;
    for (QAction* action : menuBar.actions())
        if (QMenu* menu = action->menu())
            collect(*menu, plain(menu->title()), list);
    const QString canvas = HelpActions::tr("Canvas");
    const std::pair<const char*, const char*> gestures[] = {
        {QT_TRANSLATE_NOOP("kizuna::HelpActions", "Zoom around the pointer"),
         QT_TRANSLATE_NOOP("kizuna::HelpActions", "Mouse wheel")},
        {QT_TRANSLATE_NOOP("kizuna::HelpActions", "Pan"),
         QT_TRANSLATE_NOOP("kizuna::HelpActions", "Drag on empty space, drag with the middle "
                                                  "button, arrow keys (no node selected)")},
        {QT_TRANSLATE_NOOP("kizuna::HelpActions",
                           "Select the neighbour in that direction (one node selected)"),
         QT_TRANSLATE_NOOP("kizuna::HelpActions", "Arrow keys")},
        {QT_TRANSLATE_NOOP("kizuna::HelpActions", "Select a node or relation"),
         QT_TRANSLATE_NOOP("kizuna::HelpActions", "Click")},
        {QT_TRANSLATE_NOOP("kizuna::HelpActions", "Add to or remove from the selection"),
         QT_TRANSLATE_NOOP("kizuna::HelpActions", "Ctrl+Click")},
        {QT_TRANSLATE_NOOP("kizuna::HelpActions", "Select the nodes in a rectangle"),
         QT_TRANSLATE_NOOP("kizuna::HelpActions", "Ctrl+drag on empty space")},
        {QT_TRANSLATE_NOOP("kizuna::HelpActions", "Move the selected nodes"),
         QT_TRANSLATE_NOOP("kizuna::HelpActions", "Drag a selected node")},
        {QT_TRANSLATE_NOOP("kizuna::HelpActions", "Connect two nodes"),
         QT_TRANSLATE_NOOP("kizuna::HelpActions", "Shift+drag from node to node")},
        {QT_TRANSLATE_NOOP("kizuna::HelpActions", "New node here"),
         QT_TRANSLATE_NOOP("kizuna::HelpActions", "Double-click on empty space")},
        {QT_TRANSLATE_NOOP("kizuna::HelpActions", "Rename a node"),
         QT_TRANSLATE_NOOP("kizuna::HelpActions", "Double-click it, or F2")},
        {QT_TRANSLATE_NOOP("kizuna::HelpActions", "Delete the selection"),
         QT_TRANSLATE_NOOP("kizuna::HelpActions", "Delete, Backspace")},
        {QT_TRANSLATE_NOOP("kizuna::HelpActions", "Clear the selection, cancel a rename"),
         QT_TRANSLATE_NOOP("kizuna::HelpActions", "Esc")},
    };
    for (const auto& [what, keys] : gestures)
        list.push_back({canvas, QCoreApplication::translate("kizuna::HelpActions", what),
                        QCoreApplication::translate("kizuna::HelpActions", keys)});
    const QString find = HelpActions::tr("Find");
    list.push_back({find, HelpActions::tr("Select the next or previous result"),
                    HelpActions::tr("Tab, Shift+Tab in the search box")});
    const QString table = HelpActions::tr("Data Table");
    list.push_back({table, HelpActions::tr("Edit a cell"),
                    HelpActions::tr("Double-click, F2, or start typing")});
    list.push_back(
        {table, HelpActions::tr("Copy the selected rows as TSV"), HelpActions::tr("Ctrl+C")});
    list.push_back({table, HelpActions::tr("Set a field on every selected row"),
                    HelpActions::tr("Right-click > Set for Selected Rows…")});
    return list;
}

QString versionsText() {
    return QStringLiteral("Kizuna %1, Qt %2, Boost %3.%4, SQLite %5")
        .arg(QStringLiteral(KIZUNA_VERSION), QString::fromLatin1(qVersion()))
        .arg(BOOST_VERSION / 100000)
        .arg(BOOST_VERSION / 100 % 1000)
        .arg(sqliteVersion());
}

void showGettingStarted(QWidget* parent) {
    QDialog dialog(parent);
    dialog.setWindowTitle(HelpActions::tr("Getting Started"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* page = new QTextBrowser(&dialog);
    page->setOpenExternalLinks(false);
    page->setHtml(HelpActions::tr(
        "<h2>Getting started with Kizuna</h2>"
        "<p>A map is one file: every edit is saved to it as you make it, and other windows, "
        "<tt>kizuna-cli</tt> or scripts may change it too; the window follows their changes.</p>"
        "<h3>Look around</h3><ul>"
        "<li>Wheel to zoom, drag on empty space to pan, <b>Ctrl+0</b> to fit the map to the "
        "window.</li>"
        "<li>Click a node or relation: the <b>Inspector</b> shows its names, dates, properties, "
        "citations and relations.</li>"
        "<li><b>Ctrl+F</b> finds nodes by any name; the <b>Legend and Filter</b> panel hides types "
        "and relations; the <b>Timeline</b> shows the map as of a date.</li></ul>"
        "<h3>Edit</h3><ul>"
        "<li>Double-click on empty space for a new node; Shift+drag from one node to another to "
        "relate them; F2 renames; Delete removes.</li>"
        "<li><b>Ctrl+Z</b> undoes your own edits, even after another program changed the map; "
        "<b>History</b> lists every program's changes and can take the map back to a "
        "checkpoint.</li></ul>"
        "<h3>Share</h3><ul>"
        "<li><b>File &gt; Export Diagram</b> (Ctrl+E) writes PDF, SVG or PNG pages for a report; "
        "<b>File &gt; Export Data</b> writes GraphML, GEXF, CSV, DOT or JSON.</li>"
        "<li><b>File &gt; Import</b> (Ctrl+I) reads those formats into the open map, all or "
        "nothing.</li></ul>"
        "<p>Every command and its keys: <b>Help &gt; Keyboard Shortcuts</b>. Panels closed by "
        "mistake come back from <b>View &gt; Panels</b>.</p>"));
    layout->addWidget(page);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(620, 560);
    dialog.exec();
}

void showKeyboardShortcuts(QMainWindow& window) {
    QDialog dialog(&window);
    dialog.setWindowTitle(HelpActions::tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* filter = new QLineEdit(&dialog);
    filter->setPlaceholderText(HelpActions::tr("Filter commands…"));
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(HelpActions::tr("Filter commands"));
    layout->addWidget(filter);
    const std::vector<ShortcutEntry> list = shortcutList(*window.menuBar());
    auto* table = new QTableWidget(int(list.size()), 3, &dialog);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setAccessibleName(HelpActions::tr("Commands and their shortcuts"));
    table->setHorizontalHeaderLabels(
        {HelpActions::tr("Menu"), HelpActions::tr("Command"), HelpActions::tr("Keys")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    for (int row = 0; row < int(list.size()); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(list[size_t(row)].place));
        table->setItem(row, 1, new QTableWidgetItem(list[size_t(row)].command));
        table->setItem(row, 2, new QTableWidgetItem(list[size_t(row)].keys));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    QObject::connect(filter, &QLineEdit::textChanged, table, [table](const QString& text) {
        for (int row = 0; row < table->rowCount(); ++row) {
            bool match = text.isEmpty();
            for (int column = 0; column < 3 && !match; ++column)
                match = table->item(row, column)->text().contains(text, Qt::CaseInsensitive);
            table->setRowHidden(row, !match);
        }
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(640, 620);
    dialog.exec();
}

void showAbout(QWidget* parent) {
    QMessageBox::about(
        parent, HelpActions::tr("About Kizuna"),
        HelpActions::tr(
            "<b>Kizuna</b> (絆) — a knowledge-graph explorer for relationship maps.<br>"
            "Every edit is saved to the map file as you make it.<br><br>%1<br><br>"
            "Licensed under the Apache License, version 2.0. The bundled US–China AI map cites "
            "its source article for every fact.")
            .arg(versionsText().toHtmlEscaped()));
}

void addHelpActions(QMainWindow& window, QMenu& help) {
    QAction* start = help.addAction(HelpActions::tr("&Getting Started"), &window,
                                    [&window] { showGettingStarted(&window); });
    start->setShortcut(QKeySequence::HelpContents);
    help.addAction(HelpActions::tr("&Keyboard Shortcuts"), &window,
                   [&window] { showKeyboardShortcuts(window); });
    help.addSeparator();
    help.addAction(HelpActions::tr("&About Kizuna"), &window, [&window] { showAbout(&window); });
}

} // namespace kizuna
