#include "RegisterSettingsDialog.h"

#include "DialogSupport.h"
#include "Prompts.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace assetreg {

RegisterSettingsDialog::RegisterSettingsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db) {
    setObjectName(QStringLiteral("registerSettingsDialog"));
    setWindowTitle(tr("Register Settings"));
    const RegisterSettings current = MasterDataRepository(db).registerSettings();

    m_organisation = new QLineEdit(current.organisationName, this);
    m_organisation->setObjectName(QStringLiteral("organisationEdit"));
    m_organisation->setMaxLength(RegisterSettings::kMaxOrganisationName);
    m_organisation->setPlaceholderText(tr("e.g. みなみ野市"));
    m_organisation->setToolTip(tr("Printed in the heading of registers and reports"));

    m_reviewMonths = new QSpinBox(this);
    m_reviewMonths->setObjectName(QStringLiteral("reviewMonthsSpin"));
    m_reviewMonths->setRange(RegisterSettings::kMinReviewMonths,
                             RegisterSettings::kMaxReviewMonths);
    m_reviewMonths->setValue(current.reviewPeriodMonths);
    m_reviewMonths->setSuffix(tr(" months"));
    m_reviewMonths->setToolTip(
        tr("An approved asset is due for re-review this long after its last approval, and "
           "overdue after that"));

    m_sectionHead = new QCheckBox(tr("A section head approves before the security officer"), this);
    m_sectionHead->setObjectName(QStringLiteral("sectionHeadCheck"));
    m_sectionHead->setChecked(current.sectionHeadApproval);

    m_error = errorLabel(QStringLiteral("settingsError"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Organisation name:"), m_organisation);
    form->addRow(tr("&Review period:"), m_reviewMonths);
    form->addRow(QString(), m_sectionHead);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RegisterSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RegisterSettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

RegisterSettings RegisterSettingsDialog::settings() const {
    RegisterSettings s;
    s.organisationName = m_organisation->text().trimmed();
    s.reviewPeriodMonths = m_reviewMonths->value();
    s.sectionHeadApproval = m_sectionHead->isChecked();
    return s;
}

void RegisterSettingsDialog::accept() {
    MasterDataRepository master(m_db);
    if (!master.saveRegisterSettings(settings())) {
        m_error->setText(master.lastError().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace assetreg
