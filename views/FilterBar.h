#pragma once

#include "storage/AssetRepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace assetreg {

// The search box and quick filters above the register: they narrow an AssetQuery as the user
// types or picks, and say so through changed().
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    void setReference(const ReferenceData& ref);
    // The department of the signed-in user, 0 when the login is not a registered person.
    void setMyDepartment(qint64 departmentId, const QString& login);
    void setReviewCutoff(const QDate& cutoff) { m_reviewCutoff = cutoff; }

    // Writes the filters into query (leaves organisation and sorting alone).
    void apply(AssetQuery& query) const;
    void clear();
    // Narrows the register to these assets, shown as a removable note (e.g. "risk cell
    // importance 3 × possibility 2"); clear() and its ✕ remove it.
    void setAssetSubset(const QList<qint64>& ids, const QString& description);
    bool hasAssetSubset() const { return m_subset.has_value(); }
    QLineEdit* searchEdit() const { return m_search; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillCombos();
    QComboBox* addCombo(const QString& objectName);

    QLineEdit* m_search = nullptr;
    QLabel* m_searchLabel = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_segment = nullptr;
    QComboBox* m_confidentiality = nullptr;
    QComboBox* m_integrity = nullptr;
    QComboBox* m_availability = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_review = nullptr;
    QList<QLabel*> m_comboLabels;
    QCheckBox* m_myDepartment = nullptr;
    QCheckBox* m_awaitingReview = nullptr;
    QCheckBox* m_overdue = nullptr;
    QPushButton* m_clear = nullptr;
    QLabel* m_subsetLabel = nullptr;
    QPushButton* m_subsetClear = nullptr;
    std::optional<QList<qint64>> m_subset;
    QTimer* m_typingDelay = nullptr;
    ReferenceData m_ref;
    qint64 m_myDepartmentId = 0;
    QString m_login;
    QDate m_reviewCutoff;
};

} // namespace assetreg
