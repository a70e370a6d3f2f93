#pragma once
// The ways the reference server can get the seller's side wrong on purpose, each switched on
// and off by itself (at start from the configuration, at run time with POST
// /_reference/faults), so that a debugger or a test can check that it notices exactly that
// mistake. With every switch off the server implements the protocol correctly.
#include <QJsonObject>
#include <QString>

struct ReferenceFaults
{
    bool acceptAnySignature = false;          // signature / x-sign / authToken not checked
    bool acceptOldTimestamp = false;          // timestamp window not checked (V2)
    bool acceptReplayedNonce = false;         // nonce cache not consulted (V2)
    bool newInstanceForRepeatedOrder = false; // a repeated orderId opens another instance
    bool newLicenseForRepeatedEvent = false;  // a repeated eventId gets another License
    bool duplicateKitRows = false;          // a repeated Kit add appends a row instead of upserting
    bool slow = false;                      // protocol answers written after slowMs
    int slowMs = 6000;                      // longer than the marketplace's 5 s timeout (§2.4)
    bool codesOutsideTable = false;         // resultCode "9xxxxx" instead of §2.3's "0xxxxx"
    bool wrongBodySign = false;             // V1 Body-Sign keyed with accessKey + timeStamp
    bool clientSecretUndecryptable = false; // applicationSync always answers 000101
    bool loginSkipsSecret = false;          // the login's token call sends no client_secret
    bool loginIgnoresTenant = false;        // the login takes whatever tenant userinfo names

    // Replaces every switch with `json`'s ({} switches all off). Unknown keys and wrong types
    // are refused with the key named, and then nothing changes.
    QString configure(const QJsonObject &json);
    QJsonObject toJson() const;
    // The code as answered: `code` itself, or with codesOutsideTable its first digit made 9.
    QString answerCode(const QString &code) const;
};
