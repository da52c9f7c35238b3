#include "ApplyRiskTemplateDialog.h"

#include "DialogSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace assetreg {

ApplyRiskTemplateDialog::ApplyRiskTemplateDialog(const QList<const RiskTemplate*>& templates,
                                                 int assetCount, const QString& subTypeName,
                                                 QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("applyRiskTemplateDialog"));
    setWindowTitle(tr("Apply Risk Template"));
    auto* intro = new QLabel(
        tr("Assess %n selected asset(s) of the sub-type %1 with a template. Each asset gets the "
           "template's threats; you can adjust single assets afterwards.",
           nullptr, assetCount)
            .arg(subTypeName),
        this);
    intro->setWordWrap(true);
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("templateCombo"));
    for (const RiskTemplate* t : templates) {
        m_template->addItem(localText(t->nameJa, t->nameEn), t->id);
        m_template->setItemData(m_template->count() - 1,
                                tr("%n threat(s)", nullptr, int(t->rows.size())), Qt::ToolTipRole);
    }
    m_replace =
        new QCheckBox(tr("&Replace threats already assessed with the template's values"), this);
    m_replace->setObjectName(QStringLiteral("replaceCheck"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Template:"), m_template);
    form->addRow(QString(), m_replace);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

qint64 ApplyRiskTemplateDialog::templateId() const {
    return m_template->currentData().toLongLong();
}

bool ApplyRiskTemplateDialog::replaceAssessed() const {
    return m_replace->isChecked();
}

} // namespace assetreg
