// SPDX-License-Identifier: GPL-3.0-or-later
// The committed translation catalogs (translations/*.ts in the source tree) are complete and keep every
// placeholder. Freshness against the sources is checked by the ctest test translations_uptodate.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;        // translation type: "", "unfinished", "obsolete", "vanished"
    QStringList forms;   // one translation, or the numerus forms
    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
    QString where() const { return context + QStringLiteral(": \"") + source + QLatin1Char('"'); }
};

QString translationsDir()
{
    return QDir::cleanPath(QStringLiteral(IDCONSOLE_TEST_DATA_DIR "/../../translations"));
}

bool readTs(const QString &path, QString *language, QList<TsMessage> *messages, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                *language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = TsMessage();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                inMessage = true;
            } else if (inMessage && name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.forms << xml.readElementText();
            } else if (inMessage && name == QLatin1String("numerusform")) {
                current.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages->append(current);
            inMessage = false;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
        return false;
    }
    return true;
}

// %1..%99 and %n (also the %L1 / %Ln forms), as a sorted set.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QSet<QString> found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found.insert(QLatin1Char('%') + it.next().captured(1));
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

// Every problem of one catalog: unfinished / obsolete / vanished entries, empty translations, lost placeholders.
QStringList problems(const QList<TsMessage> &messages, int expectedForms)
{
    QStringList out;
    for (const TsMessage &m : messages) {
        if (m.type == QLatin1String("unfinished") || m.type == QLatin1String("obsolete")
            || m.type == QLatin1String("vanished"))
            out << m.where() + QStringLiteral(": ") + m.type;
        if (m.forms.isEmpty()) {
            out << m.where() + QStringLiteral(": no translation");
            continue;
        }
        if (m.numerus && expectedForms > 0 && m.forms.size() != expectedForms)
            out << m.where() + QStringLiteral(": %1 plural form(s), expected %2").arg(m.forms.size()).arg(expectedForms);
        const QStringList expected = placeholders(m.source);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                out << m.where() + QStringLiteral(": empty translation");
                continue;
            }
            if (placeholders(form) != expected)
                out << m.where() + QStringLiteral(": placeholders %1 in \"%2\", expected %3")
                                       .arg(placeholders(form).join(QLatin1Char(',')), form, expected.join(QLatin1Char(',')));
        }
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void checkerFindsProblems();
    void chineseIsComplete();
    void englishCarriesPluralForms();
    void qtKeychainChineseIsComplete();
    void catalogsLoadAfterRelease();
};

// The checks themselves: a broken catalog is reported, so the tests below can fail.
void TestTranslations::checkerFindsProblems()
{
    const QByteArray broken =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE TS><TS version=\"2.1\" language=\"zh_CN\">"
        "<context><name>C</name>"
        "<message><source>Retry</source><translation type=\"unfinished\"></translation></message>"
        "<message><source>Old</source><translation type=\"vanished\">旧</translation></message>"
        "<message><source>Gone</source><translation type=\"obsolete\">无</translation></message>"
        "<message><source>Blank %1</source><translation>  </translation></message>"
        "<message><source>Resource %1 in %2</source><translation>资源 %1</translation></message>"
        "<message numerus=\"yes\"><source>%n user(s)</source><translation><numerusform>用户</numerusform></translation></message>"
        "<message><source>Fine %1</source><translation>好 %1</translation></message>"
        "</context></TS>";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("broken.ts")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(broken);
    f.close();
    QString language, error;
    QList<TsMessage> messages;
    QVERIFY2(readTs(f.fileName(), &language, &messages, &error), qPrintable(error));
    QCOMPARE(language, QStringLiteral("zh_CN"));
    QCOMPARE(messages.size(), 7);
    const QStringList found = problems(messages, 1);
    const QString all = found.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("\"Retry\": unfinished")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("\"Old\": vanished")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("\"Gone\": obsolete")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("\"Blank %1\": empty translation")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("\"Resource %1 in %2\": placeholders")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("\"%n user(s)\": placeholders")), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("Fine")), qPrintable(all));
}

void TestTranslations::chineseIsComplete()
{
    const QString path = translationsDir() + QStringLiteral("/idconsole_zh_CN.ts");
    QString language, error;
    QList<TsMessage> messages;
    QVERIFY2(readTs(path, &language, &messages, &error), qPrintable(path + QStringLiteral(": ") + error));
    QCOMPARE(language, QStringLiteral("zh_CN"));
    QVERIFY2(messages.size() > 100, "the catalog is suspiciously small");
    // Chinese has one plural form.
    const QStringList found = problems(messages, 1);
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in %2:\n").arg(found.size()).arg(path)
                                         + found.join(QLatin1Char('\n'))));
    // Spot checks of terms from the Chinese API documentation.
    QHash<QString, QString> byKey;
    for (const TsMessage &m : messages)
        byKey.insert(m.context + QLatin1Char('|') + m.source, m.forms.value(0));
    QCOMPARE(byKey.value(QStringLiteral("PaneStateWidget|Retry")), QStringLiteral("重试"));
    QCOMPARE(byKey.value(QStringLiteral("ErrorCatalog|The request is denied due to request throttling.")),
             QStringLiteral("请求被限流"));
    QCOMPARE(byKey.value(QStringLiteral("ErrorCatalog|The provisioning event was not found.")), QStringLiteral("授权记录不存在"));
}

void TestTranslations::englishCarriesPluralForms()
{
    const QString en = translationsDir() + QStringLiteral("/idconsole_en.ts");
    const QString zh = translationsDir() + QStringLiteral("/idconsole_zh_CN.ts");
    QString language, error;
    QList<TsMessage> english, chinese;
    QVERIFY2(readTs(en, &language, &english, &error), qPrintable(error));
    QVERIFY(language.startsWith(QLatin1String("en")));
    QVERIFY2(readTs(zh, &language, &chinese, &error), qPrintable(error));
    QVERIFY(!english.isEmpty());
    // Only plural messages, each with a singular and a plural form that keep %n.
    for (const TsMessage &m : std::as_const(english))
        QVERIFY2(m.numerus, qPrintable(m.where() + QStringLiteral(" is not a plural message")));
    const QStringList found = problems(english, 2);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    // The same plural messages as the Chinese catalog (both come from one lupdate run).
    QSet<QString> inEnglish, inChinese;
    for (const TsMessage &m : std::as_const(english))
        inEnglish.insert(m.key());
    for (const TsMessage &m : std::as_const(chinese)) {
        if (m.numerus)
            inChinese.insert(m.key());
    }
    const QSet<QString> onlyChinese = inChinese - inEnglish;
    const QSet<QString> onlyEnglish = inEnglish - inChinese;
    QVERIFY2(onlyChinese.isEmpty(), qPrintable(QStringList(onlyChinese.begin(), onlyChinese.end()).join(QLatin1Char('\n'))));
    QVERIFY2(onlyEnglish.isEmpty(), qPrintable(QStringList(onlyEnglish.begin(), onlyEnglish.end()).join(QLatin1Char('\n'))));
}

void TestTranslations::qtKeychainChineseIsComplete()
{
    const QString path = translationsDir() + QStringLiteral("/qtkeychain_zh_CN.ts");
    QString language, error;
    QList<TsMessage> messages;
    QVERIFY2(readTs(path, &language, &messages, &error), qPrintable(error));
    QCOMPARE(language, QStringLiteral("zh_CN"));
    QVERIFY(messages.size() >= 30);
    const QStringList found = problems(messages, 1);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    // Simplified, not Traditional, Chinese (Debian's qtkeychain_zh.qm says 鑰匙圈 / 資料).
    for (const TsMessage &m : std::as_const(messages)) {
        for (const QChar traditional : {QChar(0x9470), QChar(0x8CC7), QChar(0x78BC), QChar(0x6A94)}) // 鑰 資 碼 檔
            QVERIFY2(!m.forms.value(0).contains(traditional), qPrintable(m.where()));
    }
}

// lrelease output of the same files, as they are embedded into the application.
void TestTranslations::catalogsLoadAfterRelease()
{
    for (const char *name : {"idconsole_zh_CN.qm", "idconsole_en.qm", "qtkeychain_zh_CN.qm"}) {
        const QString qm = QStringLiteral(IDCONSOLE_BUILD_DIR "/translations/") + QLatin1String(name);
        QVERIFY2(QFileInfo(qm).size() > 0, qPrintable(qm));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
