#include "ui/policies/RevisionDiffDialog.h"

#include "core/policies/WordDiff.h"
#include "core/policies/WordDiffHtml.h"
#include "ui/policies/PolicyLabels.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace palisade::ui {
namespace {

QTextBrowser* diffView(QWidget* parent, const QString& name, const QString& accessibleName)
{
    auto* view = new QTextBrowser(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setOpenLinks(false);
    return view;
}

} // namespace

RevisionDiffDialog::RevisionDiffDialog(const Policy& policy, std::vector<PolicyRevision> revisions,
                                       qint64 revisionId, QWidget* parent)
    : QDialog(parent)
    , m_revisions(std::move(revisions))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_inlineButton(new QRadioButton(tr("&Inline"), this))
    , m_sideButton(new QRadioButton(tr("&Side by Side"), this))
    , m_summary(new QLabel(this))
    , m_views(new QStackedWidget(this))
    , m_inline(diffView(this, QStringLiteral("diffInlineView"), tr("Changes")))
    , m_beforeTitle(new QLabel(this))
    , m_afterTitle(new QLabel(this))
    , m_before(diffView(this, QStringLiteral("diffBeforeView"), tr("Earlier revision")))
    , m_after(diffView(this, QStringLiteral("diffAfterView"), tr("Later revision")))
{
    setObjectName(QStringLiteral("revisionDiffDialog"));
    setWindowTitle(tr("Compare Revisions \u2014 %1 %2").arg(policy.code, policy.title));
    m_from->setObjectName(QStringLiteral("diffFrom"));
    m_to->setObjectName(QStringLiteral("diffTo"));
    for (const PolicyRevision& revision : m_revisions) {
        const QString label = tr("%1 (%2)").arg(PolicyLabels::revisionShort(revision.number),
                                                revisionStateLabel(revision.state));
        m_from->addItem(label);
        m_to->addItem(label);
    }
    m_inlineButton->setObjectName(QStringLiteral("diffInline"));
    m_sideButton->setObjectName(QStringLiteral("diffSideBySide"));
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_inlineButton, InlineMode);
    modes->addButton(m_sideButton, SideBySideMode);
    m_inlineButton->setChecked(true);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto* controls = new QHBoxLayout;
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    controls->addSpacing(8);
    controls->addWidget(toLabel);
    controls->addWidget(m_to);
    controls->addSpacing(16);
    controls->addWidget(m_inlineButton);
    controls->addWidget(m_sideButton);
    controls->addStretch(1);

    m_views->addWidget(m_inline);
    m_views->addWidget(buildSideBySide());

    auto* legend = new QLabel(tr("Removed words are struck through on red, added words are on "
                                 "green. Only the text is compared, not the signed PDFs."),
                              this);
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_views, 1);
    layout->addWidget(legend);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QComboBox::currentIndexChanged, this, &RevisionDiffDialog::compare);
    connect(m_to, &QComboBox::currentIndexChanged, this, &RevisionDiffDialog::compare);
    connect(modes, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            m_views->setCurrentIndex(mode());
    });

    int to = 0;
    for (int index = 0; index < int(m_revisions.size()); ++index) {
        if (m_revisions[size_t(index)].id == revisionId)
            to = index;
    }
    if (to == 0 && m_revisions.size() > 1)
        to = 1;
    setRevisions(std::max(0, to - 1), to);
    resize(980, 680);
}

QWidget* RevisionDiffDialog::buildSideBySide()
{
    m_beforeTitle->setObjectName(QStringLiteral("diffBeforeTitle"));
    m_afterTitle->setObjectName(QStringLiteral("diffAfterTitle"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    for (auto [title, view] :
         {std::pair{m_beforeTitle, m_before}, std::pair{m_afterTitle, m_after}}) {
        auto* pane = new QWidget(splitter);
        auto* paneLayout = new QVBoxLayout(pane);
        paneLayout->setContentsMargins(0, 0, 0, 0);
        paneLayout->addWidget(title);
        paneLayout->addWidget(view, 1);
        splitter->addWidget(pane);
    }
    connect(m_before->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { follow(m_before, m_after); });
    connect(m_after->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { follow(m_after, m_before); });
    return splitter;
}

void RevisionDiffDialog::follow(QTextBrowser* leader, QTextBrowser* follower)
{
    if (m_following)
        return;
    // The two texts differ in length, so they keep the same proportion scrolled.
    const QScrollBar* lead = leader->verticalScrollBar();
    QScrollBar* follow = follower->verticalScrollBar();
    m_following = true;
    if (lead->maximum() > 0)
        follow->setValue(int(double(lead->value()) * follow->maximum() / lead->maximum()));
    else
        follow->setValue(0);
    m_following = false;
}

void RevisionDiffDialog::setMode(Mode mode)
{
    (mode == InlineMode ? m_inlineButton : m_sideButton)->setChecked(true);
}

RevisionDiffDialog::Mode RevisionDiffDialog::mode() const
{
    return m_sideButton->isChecked() ? SideBySideMode : InlineMode;
}

void RevisionDiffDialog::setRevisions(int from, int to)
{
    {
        const QSignalBlocker quietFrom(m_from);
        const QSignalBlocker quietTo(m_to);
        m_from->setCurrentIndex(from);
        m_to->setCurrentIndex(to);
    }
    compare();
}

int RevisionDiffDialog::fromIndex() const
{
    return m_from->currentIndex();
}

int RevisionDiffDialog::toIndex() const
{
    return m_to->currentIndex();
}

QString RevisionDiffDialog::summaryText() const
{
    return m_summary->text();
}

void RevisionDiffDialog::compare()
{
    const int from = m_from->currentIndex();
    const int to = m_to->currentIndex();
    if (from < 0 || to < 0) {
        m_counts = {};
        m_summary->setText(tr("The policy has no revisions to compare."));
        return;
    }
    const PolicyRevision& before = m_revisions[size_t(from)];
    const PolicyRevision& after = m_revisions[size_t(to)];
    const std::vector<DiffSegment> segments = WordDiff::compare(before.content, after.content);
    m_counts = WordDiff::count(segments);
    if (from == to)
        m_summary->setText(tr("The same revision on both sides: nothing to compare."));
    else if (m_counts.wordsAdded == 0 && m_counts.wordsRemoved == 0)
        m_summary->setText(tr("The text of %1 and %2 is the same.")
                               .arg(PolicyLabels::revisionShort(before.number),
                                    PolicyLabels::revisionShort(after.number)));
    else
        m_summary->setText(tr("%1, %2").arg(tr("%n word(s) added", nullptr, m_counts.wordsAdded),
                                            tr("%n removed", nullptr, m_counts.wordsRemoved)));
    m_inline->setHtml(WordDiffHtml::inlineHtml(segments));
    const WordDiffSideBySide sides = WordDiffHtml::sideBySide(segments);
    m_before->setHtml(sides.before);
    m_after->setHtml(sides.after);
    m_beforeTitle->setText(PolicyLabels::revisionShort(before.number));
    m_afterTitle->setText(PolicyLabels::revisionShort(after.number));
}

} // namespace palisade::ui
