// CSV files a person chooses: the reader itself, and the member lists read from it for a batch
// action or an import (what the preview shows).
#include "fuzz/fuzz_support.h"
#include "org/member_import.h"
#include "storage/csv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    QList<Csv::Record> records;
    QString error;
    if (Csv::parse(input, &records, &error)) {
        // What was read, written back as numbers (not neutralised) after a BOM as the exports
        // write it (else a first field starting with U+FEFF would read as the file's BOM),
        // reads the same.
        QByteArray written = Csv::kUtf8Bom;
        for (const Csv::Record &record : std::as_const(records)) {
            for (qsizetype i = 0; i < record.fields.size(); ++i) {
                if (i > 0)
                    written.append(',');
                Csv::appendField(written, record.fields.at(i), false);
            }
            Csv::endRow(written);
        }
        QList<Csv::Record> again;
        QString secondError;
        FUZZ_REQUIRE(Csv::parse(written, &again, &secondError), "written CSV reads back");
        FUZZ_REQUIRE(again.size() == records.size(), "as many records read back");
        for (qsizetype i = 0; i < records.size(); ++i) {
            // A record of one empty field is written as an empty line.
            if (records.at(i).fields == QStringList{QString()})
                continue;
            if (again.at(i).fields != records.at(i).fields)
                std::fprintf(
                    stderr, "fuzz: record %lld read [%s], read back [%s]\n",
                    static_cast<long long>(i),
                    qPrintable(records.at(i).fields.join(u'|').toUtf8().toPercentEncoding()),
                    qPrintable(again.at(i).fields.join(u'|').toUtf8().toPercentEncoding()));
            FUZZ_REQUIRE(again.at(i).fields == records.at(i).fields, "the same fields read back");
        }
    } else {
        FUZZ_REQUIRE(error.startsWith(QLatin1String("line ")), "a CSV error names its line");
    }

    const MemberImport::UserNameList names = MemberImport::readUserNames(input);
    FUZZ_REQUIRE(names.userNames.size() == names.lines.size(), "each userName has its line");
    for (const QString &userName : names.userNames)
        FUZZ_REQUIRE(MemberImport::isValidUserName(userName), "only valid userNames are sent");
    const MemberImport::NewMembers members = MemberImport::readNewMembers(input);
    FUZZ_REQUIRE(members.members.size() == members.lines.size(), "each member has its line");
    for (const Member &member : members.members)
        FUZZ_REQUIRE(MemberImport::validate(member).isEmpty(), "only valid members are added");
    const QList<MemberImport::Verdict> verdicts =
        MemberImport::checkAgainst(members, OrgSnapshot());
    FUZZ_REQUIRE(verdicts.size() == members.members.size(), "a verdict for each member");
    for (const MemberImport::Issue &issue : names.issues + members.issues)
        FUZZ_REQUIRE(!issue.message.isEmpty(), "an issue says what is wrong");
    return 0;
}
