#include "licenses/ics_calendar.h"

QByteArray IcsCalendar::escapeText(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        switch (c) {
        case '\\':
        case ';':
        case ',':
            out += '\\';
            out += c;
            break;
        case '\r':
            if (i + 1 < utf8.size() && utf8[i + 1] == '\n')
                break; // CRLF is one line break
            out += "\\n";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            // Other control characters are not allowed in TEXT.
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\t')
                out += c;
        }
    }
    return out;
}

QByteArray IcsCalendar::fold(const QByteArray &line)
{
    // At most 75 octets a line, the continuation starting with one space (which counts).
    QByteArray out;
    qsizetype start = 0, limit = 75;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        // Never between the bytes of one UTF-8 character: back up to its first byte.
        while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        if (cut == start) // not UTF-8 at all (75 continuation bytes): cut where the limit is
            cut = start + limit;
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74;
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

QByteArray IcsCalendar::write(const QList<CalendarEvent> &events, const QDateTime &stamp)
{
    const QByteArray dtstamp = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'").toLatin1();
    QByteArray out;
    out += fold("BEGIN:VCALENDAR");
    out += fold("VERSION:2.0");
    out += fold("PRODID:-//marketdesk//renewals//EN");
    out += fold("CALSCALE:GREGORIAN");
    for (const CalendarEvent &e : events) {
        out += fold("BEGIN:VEVENT");
        out += fold("UID:" + escapeText(e.uid));
        out += fold("DTSTAMP:" + dtstamp);
        out += fold("DTSTART;VALUE=DATE:" + e.date.toString(u"yyyyMMdd").toLatin1());
        out += fold("DTEND;VALUE=DATE:" + e.date.addDays(1).toString(u"yyyyMMdd").toLatin1());
        out += fold("SUMMARY:" + escapeText(e.summary));
        if (!e.description.isEmpty())
            out += fold("DESCRIPTION:" + escapeText(e.description));
        out += fold("TRANSP:TRANSPARENT");
        for (const int days : e.remindDaysBefore) {
            out += fold("BEGIN:VALARM");
            out += fold("ACTION:DISPLAY");
            out += fold("TRIGGER:-P" + QByteArray::number(days) + "D");
            out += fold("DESCRIPTION:" + escapeText(e.summary));
            out += fold("END:VALARM");
        }
        out += fold("END:VEVENT");
    }
    out += fold("END:VCALENDAR");
    return out;
}
