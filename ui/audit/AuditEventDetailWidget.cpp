#include "ui/audit/AuditEventDetailWidget.h"

#include "core/audit/AuditEvent.h"
#include "core/audit/RedactionMarker.h"
#include "ui/audit/AuditTrailModel.h"
#include "ui/audit/GuardedCopyFilter.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace palisade::ui {

AuditEventDetailWidget::AuditEventDetailWidget(ClipboardGuard& clipboard, QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select an event to see its recorded state and hashes."), this))
    , m_heading(new QLabel(this))
    , m_before(new QPlainTextEdit(this))
    , m_after(new QPlainTextEdit(this))
    , m_hash(new QLineEdit(this))
    , m_previousHash(new QLineEdit(this))
{
    auto* copyFilter = new GuardedCopyFilter(clipboard, this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_heading->setObjectName(QStringLiteral("detailHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    const auto setUpJson = [&](QPlainTextEdit* edit, const QString& name,
                               const QString& accessible) {
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setReadOnly(true);
        edit->setFont(mono);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setPlaceholderText(tr("No recorded state"));
        edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        copyFilter->watch(edit);
    };
    setUpJson(m_before, QStringLiteral("beforeJson"), tr("State before"));
    setUpJson(m_after, QStringLiteral("afterJson"), tr("State after"));

    const auto setUpHash = [&](QLineEdit* edit, const QString& name, const QString& accessible) {
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setReadOnly(true);
        edit->setFont(mono);
        edit->setFrame(false);
        edit->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; }"));
        copyFilter->watch(edit);
    };
    setUpHash(m_hash, QStringLiteral("eventHash"), tr("Hash"));
    setUpHash(m_previousHash, QStringLiteral("previousHash"), tr("Previous hash"));

    const auto framed = [this](const QString& title, QWidget* content) {
        auto* box = new QGroupBox(title, this);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(6, 6, 6, 6);
        layout->addWidget(content);
        return box;
    };

    auto* content = new QWidget(this);
    auto* states = new QHBoxLayout;
    states->addWidget(framed(tr("Before"), m_before));
    states->addWidget(framed(tr("After"), m_after));

    auto* hashes = new QFormLayout;
    hashes->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    hashes->addRow(tr("Hash:"), m_hash);
    hashes->addRow(tr("Previous hash:"), m_previousHash);

    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_heading);
    contentLayout->addLayout(states, 1);
    contentLayout->addLayout(hashes);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void AuditEventDetailWidget::setAuditEvent(const AuditEvent& event)
{
    m_heading->setText(tr("Event %1 \u2014 %2, %3, by %4 at %5")
                           .arg(event.seq)
                           .arg(AuditTrailModel::actionLabel(event.action),
                                AuditTrailModel::recordLabel(event), event.actor,
                                AuditTrailModel::timeLabel(event.at)));
    m_before->setPlainText(indentedJson(event.before));
    m_after->setPlainText(indentedJson(event.after));
    m_hash->setText(event.hash);
    m_hash->setCursorPosition(0);
    m_previousHash->setText(event.prevHash);
    m_previousHash->setCursorPosition(0);
    m_stack->setCurrentIndex(1);
}

void AuditEventDetailWidget::clear()
{
    m_heading->clear();
    m_before->clear();
    m_after->clear();
    m_hash->clear();
    m_previousHash->clear();
    m_stack->setCurrentIndex(0);
}

QString AuditEventDetailWidget::beforeText() const
{
    return m_before->toPlainText();
}

QString AuditEventDetailWidget::afterText() const
{
    return m_after->toPlainText();
}

QString AuditEventDetailWidget::hashText() const
{
    return m_hash->text();
}

QString AuditEventDetailWidget::previousHashText() const
{
    return m_previousHash->text();
}

QString AuditEventDetailWidget::indentedJson(const QByteArray& json)
{
    if (const std::optional<RedactionMarker> marker = RedactionMarker::parse(json)) {
        return tr("Removed when the record was disposed of after its retention period (event "
                  "%1).\nSHA-256 of what this side held:\n%2")
            .arg(marker->byEvent)
            .arg(marker->sha256);
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return QString::fromUtf8(json);
    if (document.isObject() && document.object().isEmpty())
        return {};
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace palisade::ui
