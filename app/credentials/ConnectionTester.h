// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"
#include "api/Credentials.h"
#include "credentials/Profile.h"
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class ApiCall;
class ApiClient;

// "Test connection": one cheap read per service of the profile, through a temporary ApiClient configured with
// Session::configureClient(), one attempt each, concurrently:
//   Volcengine  id ListUserPools {PageNumber 1, PageSize 1} and cloudidentity ListUsers {PageNumber 1, PageSize 1}
//   Aliyun      cloudsso ListDirectories {}
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    struct Check
    {
        Service service = Service::Id;
        QString action;
        bool ok = false;
        qint64 latencyMs = 0;
        QString requestId;
        ApiError error;
    };
    struct Probe
    {
        Service service;
        QString action;
        QJsonObject params;
    };

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    static QList<Probe> probes(const Profile &profile);

    // Starts the checks (a running test is dropped silently first). finished() always follows, asynchronously.
    void start(const Profile &profile, const Credentials &credentials, int timeoutMs = 15000);
    // Cancels a running test; finished(false) is emitted at once (checks not done carry Kind::Cancelled).
    void cancel();
    bool isRunning() const { return m_running; }
    QList<Check> checks() const { return m_checks; }
    bool succeeded() const;
    // The first failed check's error (kind None when every check passed).
    ApiError firstError() const;

    // Localized one-line summary, e.g. "Connected in 123 ms (Agent Identity 120 ms, Cloud Identity 123 ms)".
    static QString summary(const QList<Check> &checks);
    static QString serviceDisplayName(Service s);

signals:
    void finished(bool ok);

private:
    void onCallFinished(int index, const ApiResult &result);
    void finishLater(const ApiError &error);
    bool abort();

    ApiClient *m_client = nullptr;
    QList<Check> m_checks;
    QList<QPointer<ApiCall>> m_calls;
    QElapsedTimer m_timer;
    int m_pending = 0;
    bool m_running = false;
    quint64 m_generation = 0;
};
