// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP/1.1 layer: request parsing limits, chunked bodies, pipelining, response framing.
#include "HttpRequestParser.h"
#include "HttpResponse.h"
#include "JsonWriter.h"
#include "TimeFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QtTest>

using namespace emu;

class TstHttp : public QObject
{
    Q_OBJECT

private slots:
    void simpleRequestInPieces()
    {
        HttpRequestParser p;
        const QByteArray raw = "POST /?Action=ListUsers&Version=2023-01-01 HTTP/1.1\r\nHost: a:1\r\n"
                               "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
        for (int i = 0; i < raw.size() - 1; ++i) {
            p.append(raw.mid(i, 1));
            QCOMPARE(p.parse(), HttpRequestParser::Result::NeedMore);
        }
        p.append(raw.right(1));
        QCOMPARE(p.parse(), HttpRequestParser::Result::Complete);
        const HttpRequest r = p.takeRequest();
        QCOMPARE(r.method(), QByteArray("POST"));
        QCOMPARE(r.path(), QByteArray("/"));
        QCOMPARE(r.queryValue(QStringLiteral("Action")), QStringLiteral("ListUsers"));
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QCOMPARE(r.body(), QByteArray("{}"));
        QVERIFY(r.keepAlive());
    }

    void pipelined()
    {
        HttpRequestParser p;
        p.append("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.0\r\n\r\n");
        QCOMPARE(p.parse(), HttpRequestParser::Result::Complete);
        QCOMPARE(p.takeRequest().path(), QByteArray("/a"));
        QCOMPARE(p.parse(), HttpRequestParser::Result::Complete);
        const HttpRequest second = p.takeRequest();
        QCOMPARE(second.path(), QByteArray("/b"));
        QVERIFY(!second.keepAlive()); // HTTP/1.0 without keep-alive
        QCOMPARE(p.parse(), HttpRequestParser::Result::NeedMore);
    }

    void chunked()
    {
        HttpRequestParser p;
        p.append("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\nX-Trailer: 1\r\n\r\n");
        QCOMPARE(p.parse(), HttpRequestParser::Result::Complete);
        QCOMPARE(p.takeRequest().body(), QByteArray("Wikipedia"));
    }

    void limitsAndErrors_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << 400;
        QTest::newRow("no-version") << QByteArray("GET /\r\n\r\n") << 400;
        QTest::newRow("http2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("bad-length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n") << 400;
        QTest::newRow("two-lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << 400;
        QTest::newRow("te-and-cl") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
        QTest::newRow("gzip-te") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
        QTest::newRow("too-large") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 4194305\r\n\r\n") << 413;
        QTest::newRow("bad-chunk") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400;
        QTest::newRow("huge-chunk") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n500000\r\n") << 413;
        QTest::newRow("folding") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400;
        QTest::newRow("bad-name") << QByteArray("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n") << 400;
        QTest::newRow("nul-target") << QByteArray("GET /\x01 HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("header-flood") << (QByteArray("GET / HTTP/1.1\r\n") + QByteArray("X: y\r\n").repeated(300) + "\r\n") << 431;
        QTest::newRow("header-huge") << (QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(70000, 'a')) << 431;
    }
    void limitsAndErrors()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        HttpRequestParser p;
        p.append(raw);
        QCOMPARE(p.parse(), HttpRequestParser::Result::Error);
        QCOMPARE(p.errorStatus(), status);
        QVERIFY(!p.errorMessage().isEmpty());
    }

    void exactlyFourMegabytesIsAccepted()
    {
        HttpRequestParser p;
        p.append("POST / HTTP/1.1\r\nContent-Length: 4194304\r\n\r\n");
        p.append(QByteArray(4194304, 'x'));
        QCOMPARE(p.parse(), HttpRequestParser::Result::Complete);
        QCOMPARE(p.takeRequest().body().size(), 4194304);
    }

    void expectContinue()
    {
        HttpRequestParser p;
        p.append("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
        QCOMPARE(p.parse(), HttpRequestParser::Result::NeedMore);
        QVERIFY(p.takeContinueRequest());
        QVERIFY(!p.takeContinueRequest());
        p.append("abc");
        QCOMPARE(p.parse(), HttpRequestParser::Result::Complete);
    }

    void absoluteFormTarget()
    {
        HttpRequest r;
        r.setTarget("http://example.com:8080/?Action=X&Version=Y");
        QCOMPARE(r.path(), QByteArray("/"));
        QCOMPARE(r.rawQuery(), QByteArray("Action=X&Version=Y"));
        r.setTarget("http://example.com");
        QCOMPARE(r.path(), QByteArray("/"));
    }

    void jsonWriterEscapingAndStructure()
    {
        const QString tricky = QStringLiteral("quote\" backslash\\ nl\n tab\t ctl\x01 中文 😀 end");
        JsonWriter w;
        w.beginObject().field("s", tricky).field("n", qint64(-42)).field("d", 1.5).field("big", 51555.0).field("t", true);
        w.key("a").beginArray().value(1).beginObject().endObject().beginArray().endArray().null().endArray();
        w.key("e").beginObject().endObject();
        w.endObject();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(w.data(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QStringLiteral("s")).toString(), tricky);
        QCOMPARE(o.value(QStringLiteral("n")).toInt(), -42);
        QCOMPARE(o.value(QStringLiteral("d")).toDouble(), 1.5);
        QVERIFY(w.data().contains("\"big\":51555,"));
        QCOMPARE(o.value(QStringLiteral("a")).toArray().size(), 4);
        QVERIFY(w.data().contains("\\u0001"));
        // A lone surrogate becomes U+FFFD rather than invalid UTF-8.
        JsonWriter lone;
        lone.value(QString(QChar(0xd800)));
        QCOMPARE(lone.data(), QByteArray("\"\xef\xbf\xbd\""));
    }

    void timestampFormats()
    {
        const qint64 ms = QDateTime(QDate(2024, 7, 22), QTime(13, 53, 54), Qt::UTC).toMSecsSinceEpoch() + 789;
        QCOMPARE(TimeFormat::utc(ms), QStringLiteral("2024-07-22T13:53:54Z"));
        QCOMPARE(TimeFormat::beijing(ms), QStringLiteral("2024-07-22T21:53:54+08:00"));
        const qint64 newYear = QDateTime(QDate(2024, 12, 31), QTime(20, 0, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(TimeFormat::beijing(newYear), QStringLiteral("2025-01-01T04:00:00+08:00"));
        const qint64 leap = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(TimeFormat::utc(leap), QStringLiteral("2024-02-29T23:59:59Z"));
        QCOMPARE(TimeFormat::parse(TimeFormat::beijing(ms)), ms - 789);
        QCOMPARE(TimeFormat::httpDate(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)), QByteArray("Mon, 22 Jul 2024 13:53:54 GMT"));
    }

    void responseFraming()
    {
        HttpResponse r(404);
        r.setJson(QJsonObject{{QStringLiteral("a"), 1}});
        r.setHeader("Date", "Sun, 15 Jun 2025 10:00:00 GMT");
        const QByteArray wire = r.serialize(true);
        QVERIFY(wire.startsWith("HTTP/1.1 404 Not Found\r\n"));
        QVERIFY(wire.contains("Content-Length: 7\r\n"));
        QVERIFY(wire.contains("Connection: keep-alive\r\n"));
        QVERIFY(wire.contains("Content-Type: application/json; charset=utf-8\r\n"));
        QVERIFY(wire.endsWith("\r\n\r\n{\"a\":1}"));
        QVERIFY(r.serialize(false).contains("Connection: close\r\n"));
    }
};

QTEST_GUILESS_MAIN(TstHttp)
#include "tst_http.moc"
