#include "ui/licenses/license_details_pane.h"

#include "ui/shell/plain_text.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace

LicenseDetailsPane::LicenseDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_summary(PlainText::label())
    , m_text(new QPlainTextEdit)
{
    m_summary->setObjectName(QStringLiteral("licenseSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setObjectName(QStringLiteral("licenseText"));
    m_text->setAccessibleName(tr("License text"));
    m_text->setReadOnly(true);
    // A License is a key: fixed width makes it readable and comparable character by character.
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAnywhere);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_text, 1);
    clear();
}

void LicenseDetailsPane::show(const IssuedLicense &l, const QString &product,
                              const QString &validity)
{
    QStringList lines;
    lines << tr("License %1 — %2").arg(l.licenseId, product);
    lines << tr("Order %1, instance %2").arg(l.orderId, l.instanceId);
    lines << tr("Device fingerprint: %1").arg(l.deviceFingerprint);
    lines << tr("Effective %1; expires %2 (with its order).")
                 .arg(when(l.effectiveTime), when(l.expireTime));
    lines << validity;
    if (l.file) {
        lines << tr("Issued as a file: %1, %n byte(s), SHA-256 %2. Save it (Ctrl+S): the file is "
                    "fetched and written only when it matches.",
                    nullptr, int(l.file->size))
                     .arg(l.file->fileName, l.file->sha256);
        m_text->clear();
        m_text->setPlaceholderText(tr("This License is a file; save it to use it."));
    } else {
        lines << tr("Issued as characters: copy them (Ctrl+C) or save them (Ctrl+S).");
        m_text->setPlainText(l.characters);
    }
    m_summary->setText(lines.join(u'\n'));
}

void LicenseDetailsPane::clear()
{
    m_summary->setText(tr("Choose a License to see it."));
    m_text->clear();
    m_text->setPlaceholderText(QString());
}
