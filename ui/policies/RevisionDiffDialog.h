#pragma once

#include "core/policies/Policy.h"
#include "core/policies/PolicyRevision.h"
#include "core/policies/WordDiffCounts.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QLabel;
class QRadioButton;
class QStackedWidget;
class QTextBrowser;

namespace palisade::ui {

// Shows word by word what changed between two revisions of a policy: inline,
// removals struck through and additions marked in one text, or side by side,
// the two panes scrolling together.
class RevisionDiffDialog : public QDialog
{
    Q_OBJECT

public:
    enum Mode
    {
        InlineMode,
        SideBySideMode,
    };

    // Compares the revision before `revisionId` with it (or the first two).
    RevisionDiffDialog(const Policy& policy, std::vector<PolicyRevision> revisions,
                       qint64 revisionId, QWidget* parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const;
    // Indexes into the revisions, oldest first.
    void setRevisions(int from, int to);
    int fromIndex() const;
    int toIndex() const;
    WordDiffCounts counts() const { return m_counts; }
    QString summaryText() const;

    QComboBox* fromCombo() const { return m_from; }
    QComboBox* toCombo() const { return m_to; }
    QRadioButton* inlineButton() const { return m_inlineButton; }
    QRadioButton* sideBySideButton() const { return m_sideButton; }
    QTextBrowser* inlineView() const { return m_inline; }
    QTextBrowser* beforeView() const { return m_before; }
    QTextBrowser* afterView() const { return m_after; }

private:
    QWidget* buildSideBySide();
    void compare();
    void follow(QTextBrowser* leader, QTextBrowser* follower);

    std::vector<PolicyRevision> m_revisions;
    WordDiffCounts m_counts;
    bool m_following = false;
    QComboBox* m_from;
    QComboBox* m_to;
    QRadioButton* m_inlineButton;
    QRadioButton* m_sideButton;
    QLabel* m_summary;
    QStackedWidget* m_views;
    QTextBrowser* m_inline;
    QLabel* m_beforeTitle;
    QLabel* m_afterTitle;
    QTextBrowser* m_before;
    QTextBrowser* m_after;
};

} // namespace palisade::ui
