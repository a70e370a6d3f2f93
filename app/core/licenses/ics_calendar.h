#pragma once
// Renewal dates as an iCalendar file (RFC 5545) for the administrator's calendar: one all-day
// event per date, with reminders some days before. Lines end in CRLF and are folded at 75
// octets without splitting a UTF-8 character; text is escaped, so a name with a comma, a
// semicolon or a line break stays one value.
#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

struct CalendarEvent
{
    QString uid; // stable across exports, so that a calendar updates the event, not adds one
    QDate date;
    QString summary;
    QString description;
    QList<int> remindDaysBefore; // e.g. {30, 7, 1}
};

class IcsCalendar
{
public:
    static QByteArray write(const QList<CalendarEvent> &events, const QDateTime &stamp);
    // For tests and readers: TEXT escaping and line folding as the standard says.
    static QByteArray escapeText(const QString &text);
    static QByteArray fold(const QByteArray &line);
};
