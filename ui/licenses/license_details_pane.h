#pragma once
// The License chosen on the Licenses page: its product, instance and device fingerprint, when
// it takes effect and expires and whether it is valid now, and the License itself — its
// characters, selectable for copying, or the file's name, size and SHA-256 (the file is
// fetched and checked against them when saved).
#include "licenses/client/licenses_records.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

class LicenseDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit LicenseDetailsPane(QWidget *parent = nullptr);

    // `product` its product's name, `validity` the model's words for now.
    void show(const IssuedLicense &license, const QString &product, const QString &validity);
    void clear();
    QLabel *summary() const { return m_summary; }
    QPlainTextEdit *text() const { return m_text; }

private:
    QLabel *m_summary;
    QPlainTextEdit *m_text;
};
