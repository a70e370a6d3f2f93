#pragma once
// Labels, message boxes and tooltips that show text as plain text. Qt's default (AutoText)
// renders anything that looks like HTML, and its rich text loads <img src=…> from the local
// disk: a member named <img src="/dev/zero"> must be shown as those characters, never parsed.
// Every widget in ui/ that may show text from a server, a file or a person uses these.
#include <QMessageBox>

class QLabel;

namespace PlainText {

QLabel *label(const QString &text = {}, QWidget *parent = nullptr);
// For setToolTip(): tooltips are rich text when they look like it, so the text is escaped.
QString toolTip(const QString &text);
// A form label as a screen reader should say it, for a field that is not the label's buddy:
// without its mnemonic ("&N", a translation's "(&N)") and its colon (":" or "：").
QString spoken(const QString &label);

QMessageBox::StandardButton
message(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
void information(QWidget *parent, const QString &title, const QString &text);
void warning(QWidget *parent, const QString &title, const QString &text);
void critical(QWidget *parent, const QString &title, const QString &text);

} // namespace PlainText
