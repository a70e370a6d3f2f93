#pragma once
// Runs a handler once, for the answer that carries the ticket of the call it was made for:
// answers to other calls (another window's, or an earlier one of the same kind) pass by. The
// connection ends with the answer, or with `context`.
#include <QObject>

#include <memory>

template <typename Sender, typename... Args, typename Handler>
void onTicketAnswer(Sender *sender, void (Sender::*signal)(quint64, Args...), QObject *context,
                    quint64 ticket, Handler handler)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(sender, signal, context,
                                   [connection, ticket, handler](quint64 t, Args... args) {
                                       if (t != ticket)
                                           return;
                                       QObject::disconnect(*connection);
                                       handler(args...);
                                   });
}
