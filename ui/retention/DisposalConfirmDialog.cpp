#include "ui/retention/DisposalConfirmDialog.h"

#include "core/retention/RetentionRules.h"
#include "core/util/IsoDate.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace palisade::ui {

DisposalConfirmDialog::DisposalConfirmDialog(const std::vector<RetentionRecord>& records,
                                             const QDate& asOf, QWidget* parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_dispose(nullptr)
    , m_cancel(nullptr)
{
    setObjectName(QStringLiteral("disposalConfirmDialog"));
    setWindowTitle(tr("Dispose of Records"));

    const int count = int(records.size());
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    auto* question =
        new QLabel(tr("Dispose of %n record(s) past the retention period on %1?", nullptr, count)
                       .arg(isoDate(asOf)),
                   this);
    question->setObjectName(QStringLiteral("disposalQuestion"));
    question->setWordWrap(true);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);

    m_list->setObjectName(QStringLiteral("disposalList"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHeaderLabels({tr("Record"), tr("Type"), tr("Kept until")});
    for (const RetentionRecord& record : records) {
        auto* item =
            new QTreeWidgetItem(m_list, {record.label, RetentionRules::labelOf(record.recordType),
                                         isoDate(record.retainUntil())});
        item->setToolTip(0, record.label);
    }
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    const int rowHeight = m_list->fontMetrics().height() + 8;
    m_list->setMinimumHeight(rowHeight * (std::min(count, 8) + 2));

    auto* consequence = new QLabel(
        tr("Their content is destroyed, together with what belongs to them (an agreement's "
           "documents, a risk's tasks), and their earlier states leave the audit trail. Only a "
           "tombstone remains for each: what it was, who disposed of it and when, and the "
           "SHA-256 of its content, in the disposal log and the audit trail. This cannot be "
           "undone."),
        this);
    consequence->setObjectName(QStringLiteral("disposalConsequence"));
    consequence->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_dispose = buttons->addButton(tr("&Dispose"), QDialogButtonBox::DestructiveRole);
    m_dispose->setObjectName(QStringLiteral("confirmDisposeButton"));
    m_dispose->setAutoDefault(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelDisposeButton"));
    // Enter must never destroy records by accident.
    m_cancel->setDefault(true);

    auto* top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(question, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(consequence);
    layout->addWidget(buttons);

    connect(m_dispose, &QPushButton::clicked, this, &DisposalConfirmDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &DisposalConfirmDialog::reject);
    m_cancel->setFocus();
    resize(640, sizeHint().height());
}

} // namespace palisade::ui
