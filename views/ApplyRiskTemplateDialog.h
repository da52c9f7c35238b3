#pragma once

#include "domain/Risk.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace assetreg {

// Risk → Apply Risk Template to Selection: picks one of the templates of the selected assets'
// sub-type and whether rows already assessed are replaced, so that fifty similar PCs are
// assessed in one step.
class ApplyRiskTemplateDialog : public QDialog {
    Q_OBJECT
public:
    ApplyRiskTemplateDialog(const QList<const RiskTemplate*>& templates, int assetCount,
                            const QString& subTypeName, QWidget* parent = nullptr);

    qint64 templateId() const;
    bool replaceAssessed() const;

private:
    QComboBox* m_template = nullptr;
    QCheckBox* m_replace = nullptr;
};

} // namespace assetreg
