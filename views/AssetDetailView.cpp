#include "AssetDetailView.h"

#include "domain/AssetFields.h"

#include <QLocale>

namespace assetreg {
namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

// The stamp colour follows confidentiality, as on printed registers.
QString badgeColour(const Asset& asset) {
    if (asset.confidentiality.startsWith(QLatin1Char('3')))
        return QStringLiteral("#b03a2e");
    if (asset.confidentiality == QLatin1String("2"))
        return QStringLiteral("#b9770e");
    return QStringLiteral("#1e8449");
}

} // namespace

AssetDetailView::AssetDetailView(QWidget* parent)
    : QTextBrowser(parent) {
    setObjectName(QStringLiteral("assetDetailView"));
    setOpenLinks(false);
    showNothing();
}

void AssetDetailView::showNothing(int selectedCount) {
    setHtml(QStringLiteral("<p style='color:#666'>%1</p>")
                .arg(selectedCount > 1 ? tr("%n assets selected.", nullptr, selectedCount)
                                       : tr("Select an asset to see its details.")));
}

void AssetDetailView::showAsset(const Asset& a, const ReferenceData& ref,
                                const QList<Asset>& hosted, const QList<RuleFinding>& findings,
                                const QString& riskSummary) {
    auto field = [&](const char* key) {
        const AssetField* f = assetField(QString::fromLatin1(key));
        return f ? f->displayText(a, ref) : QString();
    };
    auto label = [](const char* key) {
        const AssetField* f = assetField(QString::fromLatin1(key));
        return f ? f->translatedLabel() : QString();
    };
    QString html;
    html += QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3><p style='margin-top:0'>%2</p>")
                .arg(esc(a.name), esc(a.assetNumber));
    html += QStringLiteral("<p><span style='background:%1; color:white; font-weight:bold; "
                           "padding:2px'>&nbsp;%2&nbsp;</span>&nbsp; %3</p>")
                .arg(badgeColour(a), esc(a.classificationLabel()), esc(displayName(a.status)));

    if (!findings.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul style='margin-top:0'>").arg(tr("Attention"));
        for (const RuleFinding& f : findings) {
            const QString colour = f.severity == RuleSeverity::Error ? QStringLiteral("#b03a2e")
                                                                     : QStringLiteral("#9a6700");
            html += QStringLiteral("<li style='color:%1'>%2 %3: %4</li>")
                        .arg(colour, esc(f.ruleId), esc(f.article), esc(f.message));
        }
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    auto row = [&](const QString& name, const QString& value) {
        if (value.isEmpty())
            return;
        html += QStringLiteral("<tr><td style='color:#555; padding-right:8px' valign='top'>%1</td>"
                               "<td>%2</td></tr>")
                    .arg(esc(name), esc(value).replace(QLatin1Char('\n'), QLatin1String("<br>")));
    };
    row(label("department"), a.departmentName);
    row(label("section"), field("section"));
    row(label("owner"), field("owner"));
    row(label("custodian"), field("custodian"));
    row(label("category"), field("category"));
    row(label("sub_type"), field("sub_type"));
    row(label("segment"), field("segment"));
    row(label("medium"), field("medium"));
    row(label("location"), a.location);
    row(label("user_scope"), a.userScope);
    row(label("personal_info"),
        a.personalInfo == PersonalInfo::None ? QString() : field("personal_info"));
    row(label("restrictions"), field("restrictions"));
    row(label("classification_note"), a.classificationNote);
    row(label("lives_on"), field("lives_on"));
    QStringList hostedNames;
    for (const Asset& h : hosted)
        hostedNames.append(h.assetNumber + QLatin1Char(' ') + h.name + QStringLiteral(" (") +
                           h.classificationLabel() + QLatin1Char(')'));
    row(tr("Assets on this system"), hostedNames.join(QLatin1Char('\n')));
    if (a.outsourced)
        row(label("contractor"),
            a.contractor + (a.contractNumber.isEmpty() ? QString()
                                                       : QStringLiteral(" / ") + a.contractNumber));
    if (a.cloudService)
        row(label("cloud_service"),
            a.cloudServiceName +
                (a.cloudCertification.isEmpty()
                     ? QString()
                     : QStringLiteral(" (") + a.cloudCertification + QLatin1Char(')')));
    row(tr("Risks"), riskSummary);
    row(label("retention"), a.retention);
    row(label("review_state"), field("review_state"));
    row(label("last_reviewed_on"), a.lastReviewedOn.isValid()
                                       ? QLocale().toString(a.lastReviewedOn, QLocale::LongFormat)
                                       : tr("never"));
    if (a.status != AssetStatus::InUse)
        row(label("status_reason"), a.statusReason + QStringLiteral(" (") +
                                        a.statusDate.toString(Qt::ISODate) + QLatin1Char(')'));
    row(tr("Last change"), a.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                               QLatin1Char(' ') + a.updatedBy);
    html += QStringLiteral("</table>");
    if (!a.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(a.description));
    setHtml(html);
}

} // namespace assetreg
