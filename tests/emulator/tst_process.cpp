// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary: --port 0 / LISTENING, QNetworkAccessManager clients, raw HTTP edge cases, concurrency,
// fault flags, command-line handling and a throughput measurement.
#include "EmulatorFixture.h"
#include "RawHttpClient.h"
#include "SignedRequestFactory.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runEmulator(const QStringList &args, const QByteArray &secret = "s3cret")
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("IDCONSOLE_EMULATOR_SECRET"));
    if (!secret.isEmpty())
        env.insert(QStringLiteral("IDCONSOLE_EMULATOR_SECRET"), QString::fromLatin1(secret));
    p.setProcessEnvironment(env);
    p.start(EmulatorFixture::emulatorPath(), args);
    Run r;
    if (!p.waitForFinished(15000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QNetworkReply *waitFor(QNetworkReply *reply, int timeoutMs = 10000)
{
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(timeoutMs);
    }
    return reply;
}

QNetworkRequest toNetworkRequest(const emu::HttpRequest &signed_, const QUrl &endpoint)
{
    QUrl url = endpoint;
    url.setPath(QStringLiteral("/"));
    url.setQuery(QString::fromLatin1(signed_.rawQuery()), QUrl::StrictMode);
    QNetworkRequest request(url);
    for (const auto &h : signed_.headers()) {
        if (h.first.compare("Host", Qt::CaseInsensitive) != 0)
            request.setRawHeader(h.first, h.second);
    }
    return request;
}

// RFC 7231 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
QDateTime httpDate(const QByteArray &value)
{
    QDateTime dt = QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray volcWire(const emu::HttpRequest &r, bool close = false)
{
    QByteArray out = r.method() + ' ' + r.target() + " HTTP/1.1\r\n";
    for (const auto &h : r.headers())
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(r.body().size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    return out + "\r\n" + r.body();
}

// Sanitizer and Debug builds are many times slower; the floors only catch gross regressions.
#if defined(__SANITIZE_ADDRESS__) || !defined(NDEBUG)
constexpr double kMinListRate = 20;
constexpr double kMinSsoRate = 5;
#else
constexpr double kMinListRate = 500;
constexpr double kMinSsoRate = 100;
#endif

} // namespace

class TstProcess : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_emulator;
    QNetworkAccessManager m_nam;

    SignedRequestFactory signer() const
    {
        SignedRequestFactory f(m_emulator->accessKey(), m_emulator->secret().toUtf8());
        f.setHost("127.0.0.1:" + QByteArray::number(m_emulator->port()));
        return f;
    }

private slots:
    void initTestCase()
    {
        m_emulator = std::make_unique<EmulatorFixture>(QStringList{QStringLiteral("--seed"), QStringLiteral("3")});
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        QVERIFY(m_emulator->port() > 0);
    }
    void cleanupTestCase() { m_emulator.reset(); }

    void unsignedRequestGetsEnvelope()
    {
        QNetworkRequest request(QUrl(m_emulator->endpoint().toString() + QStringLiteral("/?Action=ListUsers&Version=2023-01-01")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(waitFor(m_nam.post(request, QByteArray("{}"))));
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        const QJsonObject md = json(reply->readAll()).value(QStringLiteral("ResponseMetadata")).toObject();
        QCOMPARE(md.value(QStringLiteral("Action")).toString(), QStringLiteral("ListUsers"));
        QCOMPARE(md.value(QStringLiteral("Version")).toString(), QStringLiteral("2023-01-01"));
        QCOMPARE(md.value(QStringLiteral("Service")).toString(), QStringLiteral("cloudidentity"));
        const QJsonObject error = md.value(QStringLiteral("Error")).toObject();
        QCOMPARE(error.value(QStringLiteral("Code")).toString(), QStringLiteral("MissingAuthenticationToken"));
        QCOMPARE(error.value(QStringLiteral("CodeN")).toInt(), 100003);
        const QByteArray date = reply->rawHeader("Date");
        QVERIFY2(httpDate(date).isValid(), date.constData());
        QVERIFY(qAbs(httpDate(date).secsTo(QDateTime::currentDateTimeUtc())) < 60);

        // The Alibaba flavour of the same mistake.
        QNetworkRequest acs(QUrl(m_emulator->endpoint().toString() + QStringLiteral("/?DirectoryId=d-x")));
        acs.setRawHeader("x-acs-action", "ListUsers");
        acs.setRawHeader("x-acs-version", "2021-05-15");
        std::unique_ptr<QNetworkReply> r2(waitFor(m_nam.get(acs)));
        QCOMPARE(r2->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        const QJsonObject body = json(r2->readAll());
        QCOMPARE(body.value(QStringLiteral("Code")).toString(), QStringLiteral("IncompleteSignature"));
        QVERIFY(!body.value(QStringLiteral("RequestId")).toString().isEmpty());
    }

    void signedRequestsViaNetworkAccessManager()
    {
        const SignedRequestFactory f = signer();
        // Volcengine, 30 in a row (QNAM keeps the connection alive).
        for (int i = 0; i < 30; ++i) {
            const emu::HttpRequest r = f.volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"),
                                              QStringLiteral("cloudidentity"), R"({"PageSize":100})",
                                              QDateTime::currentDateTimeUtc());
            std::unique_ptr<QNetworkReply> reply(waitFor(m_nam.post(toNetworkRequest(r, m_emulator->endpoint()), r.body())));
            const QByteArray body = reply->readAll();
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            const QJsonObject result = json(body).value(QStringLiteral("Result")).toObject();
            QCOMPARE(result.value(QStringLiteral("Users")).toArray().size(), 100);
            QCOMPARE(result.value(QStringLiteral("Total")).toInt(), 250);
        }
        // Alibaba: list directories, then users of the directory.
        emu::HttpRequest r = f.acs(QStringLiteral("ListDirectories"), {}, QDateTime::currentDateTimeUtc(), {},
                                   QStringLiteral("2021-05-15"), "application/json");
        std::unique_ptr<QNetworkReply> reply(waitFor(m_nam.post(toNetworkRequest(r, m_emulator->endpoint()), QByteArray())));
        QByteArray body = reply->readAll();
        QVERIFY2(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200, body.constData());
        const QString dir = json(body)[QStringLiteral("Directories")].toArray().first()[QStringLiteral("DirectoryId")].toString();
        r = f.acs(QStringLiteral("ListUsers"), {{QStringLiteral("DirectoryId"), dir}, {QStringLiteral("MaxResults"), QStringLiteral("100")}},
                  QDateTime::currentDateTimeUtc(), {}, QStringLiteral("2021-05-15"), "application/json");
        reply.reset(waitFor(m_nam.post(toNetworkRequest(r, m_emulator->endpoint()), QByteArray())));
        body = reply->readAll();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(json(body)[QStringLiteral("Users")].toArray().size(), 100);
        QCOMPARE(json(body)[QStringLiteral("TotalCounts")].toInt(), 150);
    }

    void keepAliveAndPipelining()
    {
        const SignedRequestFactory f = signer();
        RawHttpClient c(m_emulator->port());
        QVERIFY(c.connectToServer());
        QByteArray batch;
        for (int i = 0; i < 5; ++i)
            batch += volcWire(f.volc(QStringLiteral("ListGroups"), QStringLiteral("2023-01-01"), QStringLiteral("cloudidentity"),
                                     QByteArray(R"({"PageNumber":)") + QByteArray::number(i + 1) + "}", QDateTime::currentDateTimeUtc()));
        c.send(batch);
        const auto responses = c.read(5);
        QCOMPARE(responses.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(responses[i].status, 200);
            QCOMPARE(json(responses[i].body)[QStringLiteral("Result")][QStringLiteral("PageNumber")].toInt(), i + 1);
            QCOMPARE(responses[i].header("Connection"), QByteArray("keep-alive"));
        }
        QVERIFY(!c.closedByPeer());
        // Connection: close is honoured.
        c.send(volcWire(f.volc(QStringLiteral("ListGroups"), QStringLiteral("2023-01-01"), QStringLiteral("cloudidentity"), "{}",
                               QDateTime::currentDateTimeUtc()), true));
        const auto last = c.read(1);
        QCOMPARE(last.size(), 1);
        QCOMPARE(last[0].header("Connection"), QByteArray("close"));
        c.read(1, 1000);
        QVERIFY(c.closedByPeer());
    }

    void malformedHttp()
    {
        RawHttpClient c(m_emulator->port());
        QVERIFY(c.connectToServer());
        c.send("THIS IS NOT HTTP AT ALL\r\n\r\n");
        const auto r = c.read(1);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, 400);
        QCOMPARE(json(r[0].body)[QStringLiteral("ResponseMetadata")][QStringLiteral("Error")][QStringLiteral("Code")].toString(),
                 QStringLiteral("InvalidRequest"));
        QVERIFY(!r[0].header("Date").isEmpty());
        c.read(1, 1000);
        QVERIFY(c.closedByPeer());

        // Random binary noise does not hurt the server.
        for (int i = 0; i < 5; ++i) {
            RawHttpClient noise(m_emulator->port());
            QVERIFY(noise.connectToServer());
            QByteArray junk;
            for (int j = 0; j < 4096; ++j)
                junk.append(char(QRandomGenerator::global()->bounded(256)));
            noise.send(junk);
            noise.read(1, 500);
        }
        // Invalid JSON in a signed request gets a business error, not a crash.
        const SignedRequestFactory f = signer();
        RawHttpClient j(m_emulator->port());
        QVERIFY(j.connectToServer());
        j.send(volcWire(f.volc(QStringLiteral("CreateGroup"), QStringLiteral("2023-01-01"), QStringLiteral("cloudidentity"),
                               "{\"GroupName\": [1,2,{", QDateTime::currentDateTimeUtc())));
        const auto jr = j.read(1);
        QCOMPARE(jr.size(), 1);
        QCOMPARE(jr[0].status, 400);
        QCOMPARE(json(jr[0].body)[QStringLiteral("ResponseMetadata")][QStringLiteral("Error")][QStringLiteral("Code")].toString(),
                 QStringLiteral("InvalidParam"));
    }

    void bodiesOverFourMegabytesAreRefused()
    {
        RawHttpClient c(m_emulator->port());
        QVERIFY(c.connectToServer());
        c.send("POST /?Action=CreateUser&Version=2023-01-01 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               "Content-Length: 5000000\r\n\r\n");
        auto r = c.read(1);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, 413);
        const QJsonObject md = json(r[0].body)[QStringLiteral("ResponseMetadata")].toObject();
        QCOMPARE(md[QStringLiteral("Action")].toString(), QStringLiteral("CreateUser"));
        QCOMPARE(md[QStringLiteral("Error")][QStringLiteral("Code")].toString(), QStringLiteral("RequestEntityTooLarge"));

        // A client that is still uploading sees the answer, not a connection reset.
        QNetworkRequest big(QUrl(m_emulator->endpoint().toString() + QStringLiteral("/?Action=CreateUser&Version=2023-01-01")));
        big.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(waitFor(m_nam.post(big, QByteArray(5 * 1024 * 1024, ' '))));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
        QCOMPARE(json(reply->readAll())[QStringLiteral("ResponseMetadata")][QStringLiteral("Error")][QStringLiteral("Code")].toString(),
                 QStringLiteral("RequestEntityTooLarge"));

        // Chunked uploads are counted too; Alibaba-style requests get the Alibaba envelope.
        RawHttpClient a(m_emulator->port());
        QVERIFY(a.connectToServer());
        a.send("POST / HTTP/1.1\r\nHost: x\r\nx-acs-action: CreateUser\r\nx-acs-version: 2021-05-15\r\n"
               "Transfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk = QByteArray::number(1024 * 1024, 16) + "\r\n" + QByteArray(1024 * 1024, 'a') + "\r\n";
        for (int i = 0; i < 5; ++i)
            a.send(chunk);
        r = a.read(1);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, 413);
        QCOMPARE(json(r[0].body)[QStringLiteral("Code")].toString(), QStringLiteral("RequestEntityTooLarge"));
    }

    void expectContinue()
    {
        const SignedRequestFactory f = signer();
        emu::HttpRequest req = f.volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"), QStringLiteral("cloudidentity"),
                                      "{}", QDateTime::currentDateTimeUtc());
        RawHttpClient c(m_emulator->port());
        QVERIFY(c.connectToServer());
        QByteArray head = volcWire(req);
        head.chop(2); // body "{}"
        head.replace("\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n");
        c.send(head);
        QTest::qWait(100);
        c.send("{}");
        const auto r = c.read(1);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, 200);
    }

    void manyConcurrentConnections()
    {
        const SignedRequestFactory f = signer();
        const QByteArray wire = volcWire(f.volc(QStringLiteral("ListUserPools"), QStringLiteral("2025-10-30"), QStringLiteral("id"),
                                                R"({"PageNumber":1,"PageSize":10})", QDateTime::currentDateTimeUtc()));
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 200; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, m_emulator->port());
            sockets.push_back(std::move(s));
        }
        for (auto &s : sockets) {
            QVERIFY(s->waitForConnected(5000));
            s->write(wire);
        }
        int ok = 0;
        for (auto &s : sockets) {
            QByteArray buffer;
            RawHttpClient::Response resp;
            QDeadlineTimer deadline(10000);
            while (!RawHttpClient::takeResponse(buffer, &resp) && !deadline.hasExpired()) {
                s->waitForReadyRead(100);
                buffer += s->readAll();
            }
            ok += resp.status == 200 ? 1 : 0;
        }
        QCOMPARE(ok, 200);
    }

    void faultFlags()
    {
        // --reset-rate 1: every request loses its connection.
        EmulatorFixture resets({QStringLiteral("--reset-rate"), QStringLiteral("1"), QStringLiteral("--dataset"), QStringLiteral("empty")});
        QString error;
        QVERIFY2(resets.start(&error), qPrintable(error));
        SignedRequestFactory f(resets.accessKey(), resets.secret().toUtf8());
        f.setHost("127.0.0.1:" + QByteArray::number(resets.port()));
        emu::HttpRequest r = f.volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"), QStringLiteral("cloudidentity"), "{}",
                                    QDateTime::currentDateTimeUtc());
        std::unique_ptr<QNetworkReply> reply(waitFor(m_nam.post(toNetworkRequest(r, resets.endpoint()), r.body())));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);

        // --latency-ms and --throttle-qps together.
        EmulatorFixture slow({QStringLiteral("--latency-ms"), QStringLiteral("150-200"), QStringLiteral("--throttle-qps"), QStringLiteral("1"),
                              QStringLiteral("--dataset"), QStringLiteral("empty"), QStringLiteral("--log")});
        QVERIFY2(slow.start(&error), qPrintable(error));
        SignedRequestFactory g(slow.accessKey(), slow.secret().toUtf8());
        g.setHost("127.0.0.1:" + QByteArray::number(slow.port()));
        QElapsedTimer t;
        t.start();
        r = g.volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"), QStringLiteral("cloudidentity"), "{}", QDateTime::currentDateTimeUtc());
        reply.reset(waitFor(m_nam.post(toNetworkRequest(r, slow.endpoint()), r.body())));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(t.elapsed() >= 140);
        r = g.volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"), QStringLiteral("cloudidentity"), "{}", QDateTime::currentDateTimeUtc());
        reply.reset(waitFor(m_nam.post(toNetworkRequest(r, slow.endpoint()), r.body())));
        // Cloud Identity's published throttling answer: 400 OperateTooFrequentlyException (id answers 429 Throttling).
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(reply->readAll().contains("OperateTooFrequentlyException"));
        QVERIFY(reply->rawHeader("Retry-After").toInt() >= 1);
        // --log: one line per request, never the secret.
        QTest::qWait(200);
        slow.stop();
        const QString log = slow.standardError();
        QVERIFY2(log.contains(QLatin1String("action=cloudidentity:ListUsers status=200")), qPrintable(log));
        QVERIFY(log.contains(QLatin1String("status=400")));
        QVERIFY(!log.contains(slow.secret()));
    }

    void writeLockOverSockets()
    {
        // Two connections, one Cloud Identity instance: the second write arrives while the first holds the lock.
        EmulatorFixture emu({QStringLiteral("--write-lock-ms"), QStringLiteral("400"), QStringLiteral("--dataset"),
                             QStringLiteral("empty")});
        QString error;
        QVERIFY2(emu.start(&error), qPrintable(error));
        SignedRequestFactory f(emu.accessKey(), emu.secret().toUtf8());
        f.setHost("127.0.0.1:" + QByteArray::number(emu.port()));
        auto create = [&](const QString &name) {
            const emu::HttpRequest r = f.volc(QStringLiteral("CreateGroup"), QStringLiteral("2023-01-01"),
                                              QStringLiteral("cloudidentity"),
                                              QStringLiteral("{\"GroupName\":\"%1\",\"JoinType\":\"Manual\"}").arg(name).toUtf8(),
                                              QDateTime::currentDateTimeUtc());
            return m_nam.post(toNetworkRequest(r, emu.endpoint()), r.body());
        };
        QElapsedTimer t;
        t.start();
        std::unique_ptr<QNetworkReply> first(create(QStringLiteral("lock-a")));
        QTest::qWait(100);
        std::unique_ptr<QNetworkReply> second(waitFor(create(QStringLiteral("lock-b"))));
        QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(second->readAll().contains("\"ConcurrentException\""));
        QVERIFY(!first->isFinished());
        waitFor(first.get());
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY2(t.elapsed() >= 380, qPrintable(QString::number(t.elapsed())));
        // The lock has ended: the refused write goes through now.
        std::unique_ptr<QNetworkReply> again(waitFor(create(QStringLiteral("lock-b"))));
        QCOMPARE(again->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }

    void commandLine()
    {
        Run r = runEmulator({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *flag : {"--port", "--bind", "--access-key", "--credentials-file", "--dataset", "--users", "--events", "--seed",
                                 "--state", "--throttle-qps", "--fail-rate", "--latency-ms", "--reset-rate", "--clock-skew", "--log",
                                 "--version", "--write-lock-ms", "--service-status", "--read-only-key", "--quota",
                                 "--retry-task-ms", "--status-conflict-rate"})
            QVERIFY2(r.out.contains(flag), flag);
        r = runEmulator({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("idconsole-emulator "));
        r = runEmulator({QStringLiteral("--no-such-flag")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        r = runEmulator({QStringLiteral("--dataset"), QStringLiteral("huge"), QStringLiteral("--access-key"), QStringLiteral("AK")});
        QCOMPARE(r.exitCode, 2);
        r = runEmulator({QStringLiteral("--users"), QStringLiteral("10"), QStringLiteral("--access-key"), QStringLiteral("AK")});
        QCOMPARE(r.exitCode, 2);
        r = runEmulator({QStringLiteral("--fail-rate"), QStringLiteral("1.5"), QStringLiteral("--access-key"), QStringLiteral("AK")});
        QCOMPARE(r.exitCode, 2);
        r = runEmulator({QStringLiteral("--latency-ms"), QStringLiteral("9-3"), QStringLiteral("--access-key"), QStringLiteral("AK")});
        QCOMPARE(r.exitCode, 2);
        for (const QStringList &bad : {QStringList{"--write-lock-ms", "-1"}, QStringList{"--quota", "users=3"},
                                       QStringList{"--quota", "cloudidentity.users"}, QStringList{"--status-conflict-rate", "2"},
                                       QStringList{"--retry-task-ms", "x"}, QStringList{"--service-status", " "}}) {
            r = runEmulator(bad + QStringList{QStringLiteral("--access-key"), QStringLiteral("AK")});
            QVERIFY2(r.exitCode == 2, qPrintable(bad.join(QLatin1Char(' '))));
            QVERIFY(!r.err.isEmpty());
        }
        // No secret in the environment.
        r = runEmulator({QStringLiteral("--access-key"), QStringLiteral("AK")}, QByteArray());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("IDCONSOLE_EMULATOR_SECRET"));
        r = runEmulator({}, QByteArray());
        QCOMPARE(r.exitCode, 2);
    }

    void credentialsFileWithSeveralKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("creds"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# test keys\nAKLTfirst secret-one\n\nLTAIsecond secret-two\n");
        file.close();
        EmulatorFixture e({QStringLiteral("--credentials-file"), path, QStringLiteral("--dataset"), QStringLiteral("empty")});
        QString error;
        QVERIFY2(e.start(&error), qPrintable(error));
        for (const auto &pair : {qMakePair(QStringLiteral("AKLTfirst"), QByteArray("secret-one")),
                                 qMakePair(QStringLiteral("LTAIsecond"), QByteArray("secret-two")),
                                 qMakePair(e.accessKey(), e.secret().toUtf8())}) {
            SignedRequestFactory f(pair.first, pair.second);
            f.setHost("127.0.0.1:" + QByteArray::number(e.port()));
            const emu::HttpRequest r = f.acs(QStringLiteral("ListDirectories"), {}, QDateTime::currentDateTimeUtc(), {},
                                             QStringLiteral("2021-05-15"), "application/json");
            std::unique_ptr<QNetworkReply> reply(waitFor(m_nam.post(toNetworkRequest(r, e.endpoint()), QByteArray())));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        }
        // A malformed file is a start-up error.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("only-one-field\n");
        file.close();
        const Run r = runEmulator({QStringLiteral("--credentials-file"), path});
        QCOMPARE(r.exitCode, 2);
    }

    void clockSkewFlag()
    {
        EmulatorFixture skewed({QStringLiteral("--clock-skew"), QStringLiteral("3600"), QStringLiteral("--dataset"), QStringLiteral("empty")});
        QString error;
        QVERIFY2(skewed.start(&error), qPrintable(error));
        SignedRequestFactory f(skewed.accessKey(), skewed.secret().toUtf8());
        f.setHost("127.0.0.1:" + QByteArray::number(skewed.port()));
        emu::HttpRequest r = f.volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"), QStringLiteral("cloudidentity"), "{}",
                                    QDateTime::currentDateTimeUtc());
        std::unique_ptr<QNetworkReply> reply(waitFor(m_nam.post(toNetworkRequest(r, skewed.endpoint()), r.body())));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        const QDateTime serverDate = httpDate(reply->rawHeader("Date"));
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(serverDate) - 3600) < 60);
        // A client that corrects for the skew it learnt from Date succeeds.
        r = f.volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"), QStringLiteral("cloudidentity"), "{}", serverDate);
        reply.reset(waitFor(m_nam.post(toNetworkRequest(r, skewed.endpoint()), r.body())));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }

    // Not a pass/fail benchmark: measures ListUsers pages of 100 over keep-alive connections against the large
    // dataset and only fails far below the target.
    void throughput()
    {
        EmulatorFixture large({QStringLiteral("--dataset"), QStringLiteral("large"), QStringLiteral("--users"), QStringLiteral("100000"),
                               QStringLiteral("--events"), QStringLiteral("1000")});
        QString error;
        QVERIFY2(large.start(&error, 60000), qPrintable(error));
        SignedRequestFactory f(large.accessKey(), large.secret().toUtf8());
        f.setHost("127.0.0.1:" + QByteArray::number(large.port()));
        QList<QByteArray> wires;
        for (int page = 1; page <= 50; ++page)
            wires << volcWire(f.volc(QStringLiteral("ListUsers"), QStringLiteral("2023-01-01"), QStringLiteral("cloudidentity"),
                                     QByteArray(R"({"PageSize":100,"PageNumber":)") + QByteArray::number(page * 17) + "}",
                                     QDateTime::currentDateTimeUtc()));
        const int connections = 4;
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        std::vector<QByteArray> buffers(connections);
        int completed = 0, failures = 0;
        bool running = true;
        for (int i = 0; i < connections; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            QTcpSocket *raw = s.get();
            connect(raw, &QTcpSocket::readyRead, this, [&, raw, i] {
                buffers[i] += raw->readAll();
                RawHttpClient::Response resp;
                while (RawHttpClient::takeResponse(buffers[i], &resp)) {
                    if (resp.status == 200)
                        ++completed;
                    else
                        ++failures;
                    if (running)
                        raw->write(wires[(completed + i) % wires.size()]);
                }
            });
            s->connectToHost(QHostAddress::LocalHost, large.port());
            QVERIFY(s->waitForConnected(5000));
            sockets.push_back(std::move(s));
        }
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < connections; ++i)
            sockets[size_t(i)]->write(wires[i]);
        // A real event loop: QTest::qWait sleeps 10 ms between rounds and would measure itself.
        QEventLoop loop;
        QTimer::singleShot(3000, &loop, &QEventLoop::quit);
        loop.exec();
        running = false;
        const double seconds = double(t.elapsed()) / 1000.0;
        const double rate = double(completed) / seconds;
        qInfo("ListUsers (cloudidentity, 100,000 users, pages of 100): %d requests in %.2f s = %.0f requests/s over %d "
              "keep-alive connections",
              completed, seconds, rate, connections);
        QCOMPARE(failures, 0);
        QVERIFY2(rate > kMinListRate, qPrintable(QString::number(rate)));
        for (auto &s : sockets)
            s->disconnect(this);

        // CloudSSO ListUsers, MaxResults=100, following NextToken; every request freshly signed (nonces).
        emu::HttpRequest first = f.acs(QStringLiteral("ListDirectories"), {}, QDateTime::currentDateTimeUtc());
        RawHttpClient c(large.port());
        QVERIFY(c.connectToServer());
        c.send(volcWire(first));
        const auto dirs = c.read(1);
        QCOMPARE(dirs.size(), 1);
        const QString dir = json(dirs[0].body)[QStringLiteral("Directories")].toArray().first()[QStringLiteral("DirectoryId")].toString();
        QString token;
        int ssoRequests = 0, users = 0;
        QElapsedTimer ssoTimer;
        ssoTimer.start();
        while (ssoTimer.elapsed() < 2000) {
            QList<QPair<QString, QString>> params{{QStringLiteral("DirectoryId"), dir}, {QStringLiteral("MaxResults"), QStringLiteral("100")}};
            if (!token.isEmpty())
                params.append({QStringLiteral("NextToken"), token});
            c.send(volcWire(f.acs(QStringLiteral("ListUsers"), params, QDateTime::currentDateTimeUtc())));
            const auto resp = c.read(1);
            QCOMPARE(resp.size(), 1);
            QCOMPARE(resp[0].status, 200);
            const QJsonObject body = json(resp[0].body);
            users += int(body[QStringLiteral("Users")].toArray().size());
            token = body[QStringLiteral("NextToken")].toString();
            ++ssoRequests;
            if (token.isEmpty())
                break;
        }
        const double ssoRate = double(ssoRequests) / (double(ssoTimer.elapsed()) / 1000.0);
        qInfo("ListUsers (cloudsso, MaxResults=100, NextToken walk, one connection, signing included): %d requests, %d users, "
              "%.0f requests/s",
              ssoRequests, users, ssoRate);
        QVERIFY2(ssoRate > kMinSsoRate, qPrintable(QString::number(ssoRate)));
    }
};

QTEST_GUILESS_MAIN(TstProcess)
#include "tst_process.moc"
