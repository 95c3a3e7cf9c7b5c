// SPDX-License-Identifier: GPL-3.0-or-later
// JsonArraySlicer: the items of a listing page as byte ranges of the answer (valid texts, nested objects and
// strings holding brackets, quotes and escapes, pretty-printed input compacted), and a clear refusal for
// truncated, malformed or unexpected texts (the writer then falls back to the parsed document); the CLI writer
// writes the same items either way.
#include "api/JsonArraySlicer.h"
#include "cli/StreamingListWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QtTest>
#include <functional>
#include <unistd.h>

class TestJsonArraySlicer : public QObject
{
    Q_OBJECT

private slots:
    void slicesValidTexts_data();
    void slicesValidTexts();
    void refusesUnexpectedTexts_data();
    void refusesUnexpectedTexts();
    void writerUsesSlicesAndFallsBack();
    void csvFromSlicesEqualsCsvFromParsedItems();
    void unescapes_data();
    void unescapes();
};

namespace {
const QByteArrayList VolcPath{"Result", "Users"};

QByteArrayList sliced(const QByteArray &text, const QByteArrayList &path, bool *ok, QString *error = nullptr)
{
    QList<JsonArraySlicer::Span> spans;
    JsonArraySlicer::Span array;
    *ok = JsonArraySlicer::slice(text, path, &spans, error, &array);
    QByteArrayList out;
    for (const auto &s : spans) {
        QByteArray one;
        JsonArraySlicer::appendCompact(&one, text, s);
        // The scan's "compact" flag is right: set exactly when the raw bytes need no compacting.
        const QByteArray raw = text.mid(s.offset, s.length);
        QByteArray viaView;
        JsonArraySlicer::appendCompact(&viaView, raw);
        if (viaView != one || s.compact != (raw == one))
            return {"compact flag wrong for " + raw};
        out << one;
    }
    if (*ok) {
        // The envelope: the text with that array emptied, everything else as it was.
        if (text.at(array.offset) != '[' || text.at(array.offset + array.length - 1) != ']')
            return {"array span wrong"};
        QJsonObject whole = QJsonDocument::fromJson(text).object();
        QJsonObject envelope = QJsonDocument::fromJson(JsonArraySlicer::withoutArray(text, array)).object();
        if (path.size() == 2) {
            QJsonObject inner = whole.value(QString::fromUtf8(path.at(0))).toObject();
            inner.insert(QString::fromUtf8(path.at(1)), QJsonArray());
            whole.insert(QString::fromUtf8(path.at(0)), inner);
        } else {
            whole.insert(QString::fromUtf8(path.at(0)), QJsonArray());
        }
        if (envelope != whole)
            return {"envelope differs"};
    }
    return out;
}
} // namespace

void TestJsonArraySlicer::slicesValidTexts_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArrayList>("path");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::newRow("volc two users")
        << QByteArray(R"({"ResponseMetadata":{"RequestId":"r1","Action":"ListUsers"},"Result":{"Total":2,"Users":[{"UserId":"1"},{"UserId":"2","Tags":[1,2]}]}})")
        << VolcPath << QByteArrayList{R"({"UserId":"1"})", R"({"UserId":"2","Tags":[1,2]})"};
    QTest::newRow("acs, pretty printed, compacted outside strings")
        << QByteArray("{\n  \"RequestId\" : \"x\",\n  \"Users\" : [\n    { \"UserId\" : \"u 1\", \"N\" : [ 1 , 2 ] } ,\n    \"s\"\n  ]\n}\n")
        << QByteArrayList{"Users"} << QByteArrayList{R"({"UserId":"u 1","N":[1,2]})", R"("s")"};
    QTest::newRow("brackets, quotes and escapes inside strings")
        << QByteArray(R"({"Result":{"Users":[{"a":"]} ,{[","b":"q\"uo]te\\","c":"\u00e9\n\t\/"},{"d":"\\\\\""}]}})")
        << VolcPath << QByteArrayList{R"({"a":"]} ,{[","b":"q\"uo]te\\","c":"\u00e9\n\t\/"})", R"({"d":"\\\\\""})"};
    QTest::newRow("a Users key deeper down is not the path")
        << QByteArray(R"({"Users":{"Users":[9]},"Result":{"Meta":{"Users":[7]},"Users":[{"x":{"y":{"z":[[],{}]}}},null,true,false,-0.5e+3]}})")
        << VolcPath << QByteArrayList{R"({"x":{"y":{"z":[[],{}]}}})", "null", "true", "false", "-0.5e+3"};
    QTest::newRow("whitespace inside a nested array (not compact)")
        << QByteArray(R"({"Users":[{"x":[1, 2,3]},{"y":[4,5]}]})") << QByteArrayList{"Users"}
        << QByteArrayList{R"({"x":[1,2,3]})", R"({"y":[4,5]})"};
    QTest::newRow("integers beyond 64 bits, tiny and huge doubles")
        << QByteArray(R"({"Users":[123456789012345678901234,-9223372036854775809,1e-300,1.5e308]})") << QByteArrayList{"Users"}
        << QByteArrayList{"123456789012345678901234", "-9223372036854775809", "1e-300", "1.5e308"};
    QTest::newRow("empty array") << QByteArray(R"({"Result":{"Users":[ ]}})") << VolcPath << QByteArrayList{};
    QTest::newRow("UTF-8 text") << QByteArray(R"({"Users":[{"n":"徐刚 研发部"}]})") << QByteArrayList{"Users"}
                                << QByteArrayList{R"({"n":"徐刚 研发部"})"};
}

void TestJsonArraySlicer::slicesValidTexts()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArrayList, path);
    QFETCH(QByteArrayList, expected);
    bool ok = false;
    QString error;
    const QByteArrayList got = sliced(text, path, &ok, &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(got, expected);
    // Each slice is exactly the element Qt's parser finds there.
    QJsonValue v = QJsonDocument::fromJson(text).object();
    for (const QByteArray &key : path)
        v = v.toObject().value(QString::fromUtf8(key));
    const QJsonArray items = v.toArray();
    QCOMPARE(items.size(), got.size());
    for (int i = 0; i < got.size(); ++i)
        QCOMPARE(QJsonDocument::fromJson("[" + got.at(i) + "]").array().at(0), items.at(i));
}

void TestJsonArraySlicer::refusesUnexpectedTexts_data()
{
    QTest::addColumn<QByteArray>("text");
    const QByteArray good = R"({"Result":{"Users":[{"UserId":"1","N":"a\"b"},{"UserId":"2"}]}})";
    for (int cut : {1, 10, 25, 33, 40, int(good.size()) - 1})
        QTest::newRow(qPrintable(QStringLiteral("truncated at %1").arg(cut))) << good.left(cut);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("root is an array") << QByteArray(R"([{"Result":{"Users":[]}}])");
    QTest::newRow("path key missing") << QByteArray(R"({"Result":{"Groups":[]}})");
    QTest::newRow("not an array at the path") << QByteArray(R"({"Result":{"Users":{"0":1}}})");
    QTest::newRow("Result not an object") << QByteArray(R"({"Result":[{"Users":[]}]})");
    QTest::newRow("path key repeated") << QByteArray(R"({"Result":{"Users":[1],"Users":[2]}})");
    QTest::newRow("escaped key on the path") << QByteArray(R"({"Result":{"Us\u0065rs":[1]}})");
    QTest::newRow("trailing garbage") << QByteArray(R"({"Result":{"Users":[1]}} x)");
    QTest::newRow("two roots") << QByteArray(R"({"Result":{"Users":[1]}}{})");
    QTest::newRow("missing comma") << QByteArray(R"({"Result":{"Users":[1 2]}})");
    QTest::newRow("trailing comma") << QByteArray(R"({"Result":{"Users":[1,]}})");
    QTest::newRow("unbalanced bracket in an item") << QByteArray(R"({"Result":{"Users":[{"a":[1}]}})");
    QTest::newRow("bad escape") << QByteArray(R"({"Result":{"Users":["\x"]}})");
    QTest::newRow("short \\u escape") << QByteArray(R"({"Result":{"Users":["\u12"]}})");
    QTest::newRow("control character in a string") << QByteArray("{\"Result\":{\"Users\":[\"a\tb\"]}}");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"Result\":{\"Users\":[\"\xC3\x28\"]}}");
    QTest::newRow("overlong UTF-8") << QByteArray("{\"Result\":{\"Users\":[\"\xC0\xAF\"]}}");
    QTest::newRow("number a double cannot hold") << QByteArray(R"({"Result":{"Users":[{"x":[0,2.5e3888]}]}})");
    QTest::newRow("leading zero") << QByteArray(R"({"Result":{"Users":[01]}})");
    QTest::newRow("bare word") << QByteArray(R"({"Result":{"Users":[nul]}})");
    QTest::newRow("single quotes") << QByteArray(R"({'Result':{"Users":[]}})");
    QTest::newRow("too deep") << QByteArray(R"({"Result":{"Users":[)") + QByteArray(600, '[') + QByteArray(600, ']')
                                     + QByteArray("]}}");
}

void TestJsonArraySlicer::refusesUnexpectedTexts()
{
    QFETCH(QByteArray, text);
    bool ok = true;
    QString error;
    const QByteArrayList got = sliced(text, VolcPath, &ok, &error);
    QVERIFY(!ok);
    QVERIFY(got.isEmpty());
    QVERIFY2(!error.isEmpty(), "a refusal says why");
}

void TestJsonArraySlicer::writerUsesSlicesAndFallsBack()
{
    const QByteArray body = "{\"ResponseMetadata\":{\"RequestId\":\"r\"},\"Result\":{\"Users\":[ {\"b\":\"x]\",\"a\":1},"
                            " {\"a\":2} ]}}";
    const QJsonArray items = QJsonDocument::fromJson(body).object().value(QLatin1String("Result")).toObject()
                                 .value(QLatin1String("Users")).toArray();
    for (const auto format : {StreamingListWriter::Format::Jsonl, StreamingListWriter::Format::Json}) {
        QTemporaryFile f;
        QVERIFY(f.open());
        FILE *out = fdopen(dup(f.handle()), "w");
        QVERIFY(out);
        {
            StreamingListWriter w(format, out);
            w.writePage(items, body, VolcPath);                       // sliced: server key order
            QCOMPARE(w.fallbackPages(), 0);
            w.writePage(items, body.left(body.size() - 3), VolcPath); // truncated body: parsed items instead
            QCOMPARE(w.fallbackPages(), 1);
            w.writePage(QJsonArray{items.at(0)}, body, VolcPath);     // count differs from the parsed page
            QCOMPARE(w.fallbackPages(), 2);
            QCOMPARE(w.itemsWritten(), 5);
            w.finish();
        }
        fclose(out);
        f.seek(0);
        const QByteArray written = f.readAll();
        const QByteArray lines = "{\"b\":\"x]\",\"a\":1}\n{\"a\":2}\n{\"a\":1,\"b\":\"x]\"}\n{\"a\":2}\n{\"a\":1,\"b\":\"x]\"}\n";
        if (format == StreamingListWriter::Format::Jsonl) {
            QCOMPARE(written, lines);
        } else {
            QCOMPARE(written, "[\n" + QByteArray(lines).replace("}\n{", "},\n{") + "]\n");
            QCOMPARE(QJsonDocument::fromJson(written).array().size(), 5);
        }
    }
}

QTEST_GUILESS_MAIN(TestJsonArraySlicer)
namespace {
// Everything a writer wrote into a temporary file.
QByteArray written(const std::function<void(StreamingListWriter &)> &write, StreamingListWriter::Format format,
                   QStringList *newColumns = nullptr, int *fallbackPages = nullptr)
{
    QTemporaryFile f;
    if (!f.open())
        return "cannot open a temporary file";
    FILE *out = fdopen(dup(f.handle()), "w");
    {
        StreamingListWriter w(format, out);
        write(w);
        w.finish();
        if (newColumns)
            *newColumns = w.newColumns();
        if (fallbackPages)
            *fallbackPages = w.fallbackPages();
    }
    std::fclose(out);
    f.seek(0);
    return f.readAll();
}
} // namespace

void TestJsonArraySlicer::csvFromSlicesEqualsCsvFromParsedItems()
{
    // Pages as a server might send them: key orders that differ between rows, numbers of every shape, escapes,
    // UTF-8 and surrogate pairs, null/true/false, nested values, a column first seen on a later page, cells that
    // need quoting; then pages the byte path refuses (escaped key, repeated key, lone surrogate, not an object).
    const QByteArrayList pages{
        R"({"Users":[{"UserName":"a,b","UserId":"1","N":5,"F":0.1,"Big":12345678901234567,"E":1e3,"Neg":-0,"Ok":true,"No":false,"Nil":null},)"
        R"( {"UserId" : "2", "UserName":"q\"uo\\te\n", "N": -7.25e-3, "Tags":[ 3, {"z":1,"a":[true]} ], "Map":{"b":2,"a":"x y"}}]})",
        R"({"Users":[{"UserId":"3","UserName":"\u5f90\u521a \ud83d\ude00 \/ \b\f\r\t","Extra":"late column"},{"UserName":"徐刚 研发部","UserId":"4"}]})",
        R"({"Users":[{"UserId":"5","User\u004eame":"escaped key"}]})",
        R"({"Users":[{"UserId":"6","UserId":"repeated"}]})",
        R"({"Users":[{"UserId":"7","UserName":"\ud800 lone"}]})",
        R"({"Users":["not an object",{"UserId":"8"}]})",
    };
    const QByteArrayList path{"Users"};
    QStringList rawNew, parsedNew;
    int refused = -1;
    const QByteArray viaSlices = written(
        [&](StreamingListWriter &w) {
            for (const QByteArray &page : pages) {
                QList<JsonArraySlicer::Span> spans;
                QVERIFY2(JsonArraySlicer::slice(page, path, &spans), page.constData());
                w.writeRawPage(page, spans);
            }
        },
        StreamingListWriter::Format::Csv, &rawNew, &refused);
    const QByteArray viaParsed = written(
        [&](StreamingListWriter &w) {
            for (const QByteArray &page : pages)
                w.writePage(QJsonDocument::fromJson(page).object().value(QLatin1String("Users")).toArray());
        },
        StreamingListWriter::Format::Csv, &parsedNew);
    QCOMPARE(refused, 4); // the first two pages went the byte path, the last four were parsed
    QCOMPARE(viaSlices, viaParsed);
    QCOMPARE(rawNew, parsedNew);
    QCOMPARE(rawNew, QStringList{QStringLiteral("Extra")});
    QVERIFY2(viaSlices.startsWith("Big,E,F,N,Neg,Nil,No,Ok,UserId,UserName,Map,Tags\r\n"), viaSlices.left(80).constData());
    QVERIFY2(viaSlices.contains("12345678901234568,1000,0.10000000000000001,5,0,,false,true,1,\"a,b\""), viaSlices.constData());
}

void TestJsonArraySlicer::unescapes_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("plain") << QByteArray("abc 徐") << true << QByteArray("abc 徐");
    QTest::newRow("escapes") << QByteArray(R"(\"\\\/\b\f\n\r\t)") << true << QByteArray("\"\\/\b\f\n\r\t");
    QTest::newRow("BMP") << QByteArray(R"(x\u00e9\u5F90y)") << true << QByteArray("xé徐y");
    QTest::newRow("pair") << QByteArray(R"(\ud83d\ude00)") << true << QByteArray("\xF0\x9F\x98\x80");
    QTest::newRow("NUL") << QByteArray(R"(a\u0000b)") << true << QByteArray("a\0b", 3);
    QTest::newRow("lone high") << QByteArray(R"(\ud83d x)") << false << QByteArray();
    QTest::newRow("lone low") << QByteArray(R"(\ude00)") << false << QByteArray();
    QTest::newRow("high then non-low") << QByteArray(R"(\ud83d\u0041)") << false << QByteArray();
}

void TestJsonArraySlicer::unescapes()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, ok);
    QFETCH(QByteArray, text);
    QByteArray out;
    QCOMPARE(JsonArraySlicer::unescape(content, &out), ok);
    if (ok) {
        QCOMPARE(out, text);
        // As Qt's parser reads the same string.
        QCOMPARE(out, QJsonDocument::fromJson("[\"" + content + "\"]").array().at(0).toString().toUtf8());
    }
}

#include "tst_jsonarrayslicer.moc"
