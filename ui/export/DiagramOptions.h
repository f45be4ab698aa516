#pragma once
// The choices for an exported diagram, shared by File > Export Diagram and kizuna-cli export.

#include "canvas/CanvasScene.h"
#include "history/ChangeSummary.h"

#include <QString>
#include <memory>
#include <optional>

class QSettings;

namespace kizuna {

// PDF pages; Fit: one page sized to the drawing at its natural, readable size.
enum class PageSize { A4 = 0, Letter = 1, A3 = 2, A2 = 3, Fit = 4 };
enum class Orientation { Auto = 0, Landscape = 1, Portrait = 2 }; // Auto: as the drawing is

QString pageSizeKey(PageSize page); // "A4", "Letter", "A3", "A2", "fit"
std::optional<PageSize> pageSizeFromKey(const QString& key);

struct DiagramOptions {
    QString title;
    QString subtitle;
    bool legend = true;
    bool sources = true;          // numbered "Sources" footer; edges carry the numbers
    QString asOf;                 // the "as of" stamp (YYYY-MM-DD); empty: today
    PageSize page = PageSize::A4; // PDF
    Orientation orientation = Orientation::Auto; // PDF
    // Report pages that read: node labels at least this size (points), relation labels one
    // point less; the drawing is scaled to fill the page, and labels that do not fit are left
    // out (the export says how many; a larger page or tiles show them all).
    double minFontPt = 7.0;
    bool tiles = false; // PDF: an overview page, then the drawing across pages at a readable size
    ColourScheme colours = ColourScheme::Schema;
    double dpi = 96;          // PNG: 96 is 1:1 with the canvas, 192 twice as sharp
    bool transparent = false; // PNG background
    Language language = Language::En;
    // What the picture shows beyond the elements asked for, and how: filtered and faded
    // elements, metric styling, a view's own layout. Not remembered.
    SceneOptions presentation;
    // "Changes since" or a comparison to mark on the drawing, with a legend entry and (PDF) a
    // page listing the changes. Null: none. Not remembered.
    std::shared_ptr<const MapChanges> changes;
    QString changesTitle; // "Changes since checkpoint "October brief" (…)"
    bool changeListPage = true;

    // Remembered between exports in the app.
    void save(QSettings& settings) const;
    static DiagramOptions load(const QSettings& settings);
    QString asOfOrToday() const;
};

} // namespace kizuna
