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
#include "tst_jsonarrayslicer.moc"
