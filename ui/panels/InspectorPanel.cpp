#include "panels/InspectorPanel.h"

#include "canvas/GraphModelAdapter.h"
#include "document/GraphDocument.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace kizuna {
namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString row(const QString& name, const QString& value) {
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='color:#666;padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(name, value);
}

QString typeBadge(const QString& name, const QString& color) {
    return QStringLiteral(
               "<span style='background:%1;color:white;padding:1px 4px'>&nbsp;%2&nbsp;</span>")
        .arg(color, esc(name));
}

QString typeName(const QString& en, const QString& ja) {
    return ja.isEmpty() || en.isEmpty() ? en + ja : QStringLiteral("%1 / %2").arg(en, ja);
}

QString datesText(const QString& from, const QString& to) {
    if (from.isEmpty() && to.isEmpty())
        return {};
    return QStringLiteral("%1 – %2").arg(from.isEmpty() ? QStringLiteral("…") : from,
                                         to.isEmpty() ? QStringLiteral("…") : to);
}

QString propertiesHtml(const Properties& properties) {
    if (properties.isEmpty())
        return {};
    QString html = QStringLiteral("<h4>Properties</h4><table>");
    for (auto it = properties.begin(); it != properties.end(); ++it)
        html += row(esc(it.key()), esc(it.value()));
    return html + QStringLiteral("</table>");
}

} // namespace

InspectorPanel::InspectorPanel(QWidget* parent)
    : QWidget(parent), m_browser(new QTextBrowser(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setOpenExternalLinks(true);
    setMinimumWidth(260);
    refresh();
}

void InspectorPanel::setModel(GraphModelAdapter* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_element = 0;
    if (m_model) {
        connect(m_model, &GraphModelAdapter::elementChanged, this, [this](qint64 id) {
            if (id == m_element)
                refresh();
        });
        connect(m_model, &GraphModelAdapter::elementRemoved, this, [this](qint64 id) {
            if (id == m_element)
                showElement(0);
        });
    }
    refresh();
}

void InspectorPanel::showElement(qint64 elementId) {
    m_element = elementId;
    refresh();
}

QString InspectorPanel::plainText() const {
    return m_browser->toPlainText();
}

void InspectorPanel::refresh() {
    QString html;
    if (!m_model)
        html = tr("<p style='color:#888'>No map is open.</p>");
    else if (m_model->document().graph().contains(NodeId(m_element)))
        html = nodeHtml(m_element);
    else if (m_model->document().graph().contains(EdgeId(m_element)))
        html = edgeHtml(m_element);
    else
        html =
            tr("<p style='color:#888'>Click a node or an edge to see its details and sources.</p>");
    m_browser->setHtml(html);
}

QString InspectorPanel::nodeHtml(qint64 id) const {
    const GraphDocument& document = m_model->document();
    const NodeData& node = *document.graph().node(NodeId(id));
    const NodeType* type = document.schema().nodeType(node.type);
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><table>")
                       .arg(esc(document.displayLabel(node.id)),
                            typeBadge(type ? typeName(type->nameEn, type->nameJa) : node.type,
                                      type ? type->color : QStringLiteral("#888888")));
    html += row(tr("English"), esc(node.labels.en));
    html += row(tr("Japanese"), esc(node.labels.ja));
    html += row(tr("Chinese"), esc(node.labels.zh));
    html += row(tr("Valid"), esc(datesText(node.validFrom, node.validTo)));
    html += row(tr("Id"), QString::number(id));
    html += QStringLiteral("</table>");
    if (!node.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(node.description));
    html += propertiesHtml(node.properties);
    const size_t degree = document.graph().incidentEdges(node.id).size();
    html +=
        QStringLiteral("<p style='color:#666'>%1</p>").arg(tr("%n relation(s)", "", int(degree)));
    return html + citationsHtml(id);
}

QString InspectorPanel::edgeHtml(qint64 id) const {
    const GraphDocument& document = m_model->document();
    const EdgeData& edge = *document.graph().edge(EdgeId(id));
    const RelationType* type = document.schema().relationType(edge.relation);
    const QString arrow = type && !type->directed ? QStringLiteral(" — ") : QStringLiteral(" → ");
    QString html = QStringLiteral("<h3>%1%2%3</h3><p>%4</p><table>")
                       .arg(esc(document.displayLabel(edge.source)), arrow,
                            esc(document.displayLabel(edge.target)),
                            typeBadge(type ? typeName(type->nameEn, type->nameJa) : edge.relation,
                                      type ? type->color : QStringLiteral("#888888")));
    html += row(tr("Label"), esc(edge.label));
    html += row(tr("Valid"), esc(datesText(edge.validFrom, edge.validTo)));
    if (edge.confidence)
        html += row(tr("Confidence"), QString::number(*edge.confidence, 'g', 3));
    html += row(tr("Id"), QString::number(id));
    html += QStringLiteral("</table>");
    html += propertiesHtml(edge.properties);
    return html + citationsHtml(id);
}

QString InspectorPanel::citationsHtml(qint64 id) const {
    const Provenance& provenance = m_model->document().provenance();
    const std::vector<Citation> citations = provenance.citationsOf(id);
    if (citations.empty())
        return tr("<h4>Sources</h4><p style='color:#a33'>No source cited for this fact.</p>");
    QString html = tr("<h4>Sources</h4>");
    // Citations are grouped by source, so a source quoted several times is named once.
    SourceId shownSource;
    for (const Citation& citation : citations) {
        const Source* source = provenance.source(citation.source);
        if (!source)
            continue;
        if (source->id != shownSource) {
            shownSource = source->id;
            QString title = esc(source->title);
            if (!source->url.isEmpty())
                title = QStringLiteral("<a href='%1'>%2</a>").arg(esc(source->url), title);
            QStringList details;
            for (const QString& part : {source->publisher, source->date, source->document})
                if (!part.isEmpty())
                    details << esc(part);
            html += QStringLiteral("<p><b>%1</b><br><span style='color:#666'>%2</span></p>")
                        .arg(title, details.join(QStringLiteral(", ")));
        }
        if (!citation.excerpt.isEmpty())
            html += QStringLiteral("<blockquote style='color:#333'>“%1”</blockquote>")
                        .arg(esc(citation.excerpt));
        if (!citation.locator.isEmpty())
            html += QStringLiteral("<p style='color:#666;margin-left:20px'>%1: %2</p>")
                        .arg(tr("Section"), esc(citation.locator));
    }
    return html;
}

} // namespace kizuna
