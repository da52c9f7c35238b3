#include "RetireDialog.h"

#include "domain/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace assetreg {

RetireDialog::RetireDialog(Mode mode, const QStringList& assetLabels, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode) {
    setObjectName(QStringLiteral("retireDialog"));
    setWindowTitle(mode == Mode::Retire ? tr("Retire assets") : tr("Dispose of assets"));
    auto* layout = new QVBoxLayout(this);
    QString intro = mode == Mode::Retire
                        ? tr("These assets will be taken out of use. Their records stay in the "
                             "register.")
                        : tr("These assets will be recorded as disposed of. Their records stay in "
                             "the register and can no longer be edited.");
    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    QStringList shown = assetLabels.mid(0, 8);
    if (assetLabels.size() > shown.size())
        shown.append(tr("… and %n more", nullptr, int(assetLabels.size() - shown.size())));
    QStringList escaped;
    for (const QString& label : shown)
        escaped.append(label.toHtmlEscaped());
    auto* list = new QLabel(QStringLiteral("<b>") + escaped.join(QStringLiteral("<br>")) +
                                QStringLiteral("</b>"),
                            this);
    list->setTextFormat(Qt::RichText);
    layout->addWidget(list);

    auto* form = new QFormLayout;
    m_date = new QDateEdit(Clock::today(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(mode == Mode::Retire ? tr("&Date retired:") : tr("&Date disposed:"), m_date);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setPlaceholderText(tr("Required, e.g. replaced by the new system"));
    form->addRow(tr("&Reason:"), m_reason);
    if (mode == Mode::Dispose) {
        m_method = new QComboBox(this);
        m_method->setObjectName(QStringLiteral("methodComboBox"));
        m_method->setEditable(true);
        m_method->addItems({tr("Shredding"), tr("Dissolving"), tr("Physical destruction"),
                            tr("Complete erasure with erasure software")});
        m_method->setCurrentIndex(-1);
        form->addRow(tr("&Method:"), m_method);
        m_witness = new QLineEdit(this);
        m_witness->setObjectName(QStringLiteral("witnessLineEdit"));
        form->addRow(tr("&Witness:"), m_witness);
        connect(m_method, &QComboBox::currentTextChanged, this, &RetireDialog::updateOk);
    }
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Retire ? tr("Retire") : tr("Dispose"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &RetireDialog::updateOk);
    updateOk();
    m_reason->setFocus();
}

void RetireDialog::updateOk() {
    bool ok = !m_reason->text().trimmed().isEmpty();
    if (m_mode == Mode::Dispose)
        ok = ok && !m_method->currentText().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

QDate RetireDialog::date() const {
    return m_date->date();
}
QString RetireDialog::reason() const {
    return m_reason->text().trimmed();
}
QString RetireDialog::method() const {
    return m_method ? m_method->currentText().trimmed() : QString();
}
QString RetireDialog::witness() const {
    return m_witness ? m_witness->text().trimmed() : QString();
}

} // namespace assetreg
