#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace palisade {
struct ChainVerification;
}

namespace palisade::ui {

// Shows a running verification (progress, cancel) and then its outcome:
// green when the chain is intact, red naming the first broken event.
class AuditVerificationBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Tone
    {
        Neutral,
        Intact,
        Broken,
    };

    explicit AuditVerificationBanner(QWidget* parent = nullptr);

    void showProgress(qint64 checked, qint64 total);
    void showResult(const ChainVerification& result);
    void showFailure(const QString& message);
    // A neutral note, e.g. that verification stopped before the end.
    void showNotice(const QString& message);

    QString text() const;
    Tone tone() const { return m_tone; }

signals:
    void cancelRequested();

private:
    void setTone(Tone tone);

    Tone m_tone = Tone::Neutral;
    QLabel* m_icon;
    QLabel* m_text;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
};

} // namespace palisade::ui
