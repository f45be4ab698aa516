// GraphCanvas: annotations (text boxes and callouts) — placing, editing and selecting them.

#include "canvas/GraphCanvas.h"

#include "commands/EditController.h"
#include "document/Edits.h"
#include "document/GraphDocument.h"

#include <QInputDialog>
#include <cmath>

namespace kizuna {
namespace {

QPointF rounded(QPointF p) {
    return QPointF(std::round(p.x() * 10) / 10, std::round(p.y() * 10) / 10);
}

} // namespace

void GraphCanvas::selectAnnotation(AnnotationId id) {
    if (id == m_selectedAnnotation)
        return;
    m_selectedAnnotation = id;
    update();
}

QString GraphCanvas::addTextBox(QPointF world, const QString& text) {
    if (!m_edits)
        return tr("No map is open.");
    Annotation note;
    note.text = text;
    note.position = rounded(world);
    auto committed = m_edits->commit(addAnnotationChange(m_edits->document(), note));
    if (!committed)
        return committed.error();
    if (!committed.value().isEmpty()) // under the id the file gave it
        selectAnnotation(std::get<AnnotationOp>(committed.value().operations.front()).after->id);
    return {};
}

QString GraphCanvas::addCallout(qint64 target, const QString& text) {
    if (!m_edits)
        return tr("No map is open.");
    Annotation note;
    note.text = text;
    note.target = target;
    // Up and to the right of what it points at, clear of the node and its label.
    QPointF anchor = m_scene.bounds().center();
    if (auto node = m_scene.positionOf(NodeId(target)))
        anchor = *node;
    else
        for (const EdgeVisual& edge : m_scene.edges())
            if (edge.id.value == target)
                anchor = edge.labelAnchor();
    note.position = rounded(anchor + QPointF(40, -90));
    auto committed = m_edits->commit(addAnnotationChange(m_edits->document(), note));
    if (!committed)
        return committed.error();
    if (!committed.value().isEmpty()) // under the id the file gave it
        selectAnnotation(std::get<AnnotationOp>(committed.value().operations.front()).after->id);
    return {};
}

QString GraphCanvas::setAnnotationText(AnnotationId id, const QString& text) {
    if (!m_edits)
        return tr("No map is open.");
    auto it = m_edits->document().annotations().find(id);
    if (it == m_edits->document().annotations().end())
        return tr("There is no such annotation.");
    Annotation edited = it->second;
    edited.text = text;
    return m_edits->perform(updateAnnotationChange(m_edits->document(), edited));
}

void GraphCanvas::editAnnotation(AnnotationId id) {
    auto it = m_edits->document().annotations().find(id);
    if (it == m_edits->document().annotations().end())
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Edit Annotation"), tr("Text:"),
                                                        it->second.text, &ok);
    if (ok)
        setAnnotationText(id, text.trimmed());
}

} // namespace kizuna
