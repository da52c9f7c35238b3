#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace assetreg {

// Asks for what retiring or disposing of assets needs (date, reason; for disposal the method and
// the witness) and is itself the confirmation: nothing happens until OK.
class RetireDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Retire, Dispose };
    RetireDialog(Mode mode, const QStringList& assetLabels, QWidget* parent = nullptr);

    QDate date() const;
    QString reason() const;
    QString method() const;
    QString witness() const;

private:
    void updateOk();

    Mode m_mode;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_reason = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_witness = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace assetreg
