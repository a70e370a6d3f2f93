#include "sandbox/seeder.h"

#include <QRandomGenerator>

namespace {

struct Syllable
{
    const char16_t *hanzi;
    const char *pinyin;
};

const Syllable kSurnames[] = {
    {u"王", "wang"}, {u"李", "li"},    {u"张", "zhang"}, {u"刘", "liu"}, {u"陈", "chen"},
    {u"杨", "yang"}, {u"黄", "huang"}, {u"赵", "zhao"},  {u"吴", "wu"},  {u"周", "zhou"},
    {u"徐", "xu"},   {u"孙", "sun"},   {u"马", "ma"},    {u"朱", "zhu"}, {u"胡", "hu"},
    {u"郭", "guo"},  {u"何", "he"},    {u"林", "lin"},   {u"罗", "luo"}, {u"高", "gao"},
};
const Syllable kGiven[] = {
    {u"伟", "wei"},       {u"芳", "fang"},  {u"娜", "na"},        {u"敏", "min"},  {u"静", "jing"},
    {u"丽", "li"},        {u"强", "qiang"}, {u"磊", "lei"},       {u"军", "jun"},  {u"洋", "yang"},
    {u"勇", "yong"},      {u"艳", "yan"},   {u"杰", "jie"},       {u"娟", "juan"}, {u"涛", "tao"},
    {u"明", "ming"},      {u"超", "chao"},  {u"秀英", "xiuying"}, {u"华", "hua"},  {u"慧", "hui"},
    {u"建国", "jianguo"}, {u"晓", "xiao"},  {u"婷", "ting"},      {u"宇", "yu"},   {u"鹏", "peng"},
};
const char *kEnglishFirst[] = {"Emily", "James", "Olivia", "Daniel", "Sophia", "Michael",
                               "Grace", "David", "Chloe",  "Ryan",   "Hannah", "Kevin"};
const char *kEnglishLast[] = {"Chen", "Wong", "Smith", "Lee", "Tan", "Müller", "García", "Ng"};

struct Unit
{
    const char16_t *zh;
    const char *en;
};
const Unit kDivisions[] = {
    {u"研发中心", "R&D Center"},
    {u"销售部", "Sales"},
    {u"市场部", "Marketing"},
    {u"财务部", "Finance"},
    {u"人力资源部", "Human Resources"},
    {u"运营部", "Operations"},
    {u"法务部", "Legal"},
    {u"客户服务部", "Customer Service"},
};
const Unit kSubUnits[] = {
    {u"华东区", "East China"},     {u"华南区", "South China"},
    {u"华北区", "North China"},    {u"平台组", "Platform"},
    {u"产品组", "Product"},        {u"测试组", "QA"},
    {u"数据组", "Data"},           {u"渠道组", "Channels"},
    {u"大客户组", "Key Accounts"}, {u"国际业务", "International"},
};

QString bilingual(const Unit &u)
{
    return QString::fromUtf16(u.zh) + u' ' + QLatin1String(u.en);
}

} // namespace

SeedData generateEnterprise(const SeedOptions &options)
{
    QRandomGenerator rng(options.seed);
    SeedData data;
    const int deptCount = std::max(1, options.departments);
    data.departments.reserve(deptCount);
    data.departments.append({QStringLiteral("D00000"), options.companyName, {}, 1});
    std::vector<int> depth{0};
    // Breadth-first: divisions under the root, then units under divisions and so on, never
    // deeper than four levels below the root (five in all).
    std::vector<int> open;
    const int divisions = std::min<int>(std::size(kDivisions), deptCount - 1);
    for (int i = 0; i < divisions; ++i) {
        data.departments.append(
            {QStringLiteral("D%1").arg(data.departments.size(), 5, 10, QLatin1Char('0')),
             bilingual(kDivisions[i]), QStringLiteral("D00000"), 1});
        depth.push_back(1);
        open.push_back(int(data.departments.size()) - 1);
    }
    // Enough children per unit for the requested size to fit within the depth limit.
    int branching = 2;
    while (divisions * (1 + branching + branching * branching + branching * branching * branching) <
           deptCount)
        ++branching;
    std::vector<int> childCount(size_t(deptCount), 0);
    size_t cursor = 0;
    while (data.departments.size() < deptCount && !open.empty()) {
        // Pick parents round-robin so the tree fills level by level.
        const int parent = open[cursor % open.size()];
        ++cursor;
        if (depth[size_t(parent)] >= 4)
            continue;
        const Unit &u = kSubUnits[rng.bounded(int(std::size(kSubUnits)))];
        const int n = ++childCount[size_t(parent)];
        const Department &p = data.departments[parent];
        data.departments.append(
            {QStringLiteral("D%1").arg(data.departments.size(), 5, 10, QLatin1Char('0')),
             QStringLiteral("%1%2 %3 %2")
                 .arg(QString::fromUtf16(u.zh))
                 .arg(n)
                 .arg(QLatin1String(u.en)),
             p.orgCode, 1});
        depth.push_back(depth[size_t(parent)] + 1);
        if (depth.back() < 4)
            open.push_back(int(data.departments.size()) - 1);
        // Retire parents with enough children so deeper levels get their turn.
        if (childCount[size_t(parent)] >= branching)
            std::erase(open, parent);
    }

    data.members.reserve(options.members);
    for (int i = 0; i < options.members; ++i) {
        Member m;
        QString login;
        if (rng.bounded(10) < 8) {
            const Syllable &s = kSurnames[rng.bounded(int(std::size(kSurnames)))];
            const Syllable &g = kGiven[rng.bounded(int(std::size(kGiven)))];
            m.name = QString::fromUtf16(s.hanzi) + QString::fromUtf16(g.hanzi);
            login = QLatin1String(g.pinyin) + u'.' + QLatin1String(s.pinyin);
        } else {
            const char *first = kEnglishFirst[rng.bounded(int(std::size(kEnglishFirst)))];
            const QString last =
                QString::fromUtf8(kEnglishLast[rng.bounded(int(std::size(kEnglishLast)))]);
            m.name = QLatin1String(first) + u' ' + last;
            QString ascii = last.toLower();
            ascii.replace(u'ü', u'u').replace(u'í', u'i');
            login = QString::fromLatin1(first).toLower() + u'.' + ascii;
        }
        m.userName = login + QStringLiteral("%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        m.email = m.userName + QStringLiteral("@example.com");
        m.mobile = QStringLiteral("1%1%2")
                       .arg(3 + rng.bounded(7))
                       .arg(rng.bounded(1'000'000'000), 9, 10, QLatin1Char('0'));
        const int made = int(data.departments.size());
        m.orgCode = data.departments[made > 1 ? 1 + rng.bounded(made - 1) : 0].orgCode;
        // Every 97th member is an administrator and the first one always is.
        m.admin = i == 0 || i % 97 == 0;
        m.enabled = m.admin ? (i % 3 != 1 || i == 0) : rng.bounded(100) >= 6;
        m.version = 1;
        data.members.append(m);
    }
    return data;
}
