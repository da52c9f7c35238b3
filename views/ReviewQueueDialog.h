#pragma once

#include "domain/Asset.h"
#include "storage/AssetRepository.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace assetreg {

class Database;

// The review queue of security officers and section heads: the assets awaiting a decision, what
// changed in each since its last approval, and one decision for all selected assets at once.
class ReviewQueueDialog : public QDialog {
    Q_OBJECT
public:
    ReviewQueueDialog(Database& db, QWidget* parent = nullptr);

    int queueSize() const { return int(m_assets.size()); }
    // Number of assets decided while the dialog was open.
    int decidedCount() const { return m_decided; }

signals:
    void reviewsDecided(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reload(bool selectFirst);
    void showCurrentDiff();
    void updateButtons();
    void updateCountLabel();
    void decide(ReviewDecision decision);
    QList<qint64> selectedIds() const;
    QList<Asset> selectedAssets() const;
    bool sectionStepOn() const;
    bool sectionHeadOnly() const;

    AssetRepository m_repo;
    QList<Asset> m_assets;                                // the queue, in table order
    QHash<qint64, QPair<QString, QDateTime>> m_submitted; // by id: who submitted, when
    int m_decided = 0;

    QLabel* m_intro = nullptr;
    QLabel* m_count = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableWidget* m_queue = nullptr;
    QLabel* m_diffTitle = nullptr;
    QLabel* m_diffNote = nullptr;
    QTableWidget* m_diff = nullptr;
    QLabel* m_commentLabel = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QPushButton* m_sectionApprove = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_return = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace assetreg
