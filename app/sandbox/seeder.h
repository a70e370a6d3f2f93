#pragma once
// A realistic enterprise generated deterministically from a seed: a department tree four to
// five levels deep with Chinese and English names, members with Chinese and English names,
// a few administrators and some disabled members.
#include "org/domain.h"

#include <QList>

struct SeedOptions
{
    int departments = 200;
    int members = 3000;
    quint32 seed = 20261129;
    QString companyName = QStringLiteral("示例科技有限公司 Example Technology Co., Ltd.");
};

struct SeedData
{
    QList<Department> departments;
    QList<Member> members;
};

SeedData generateEnterprise(const SeedOptions &options);
