// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/ConnectionTester.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "cloud/Session.h"

#include <QJsonObject>
#include <QTimer>

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
}

ConnectionTester::~ConnectionTester()
{
    if (m_client)
        m_client->cancelAll();
}

QList<ConnectionTester::Probe> ConnectionTester::probes(const Profile &profile)
{
    if (profile.provider == Profile::Provider::Aliyun)
        return {Probe{Service::CloudSso, QStringLiteral("ListDirectories"), QJsonObject{}}};
    const QJsonObject page{{QStringLiteral("PageNumber"), 1}, {QStringLiteral("PageSize"), 1}};
    return {Probe{Service::Id, QStringLiteral("ListUserPools"), page},
            Probe{Service::CloudIdentity, QStringLiteral("ListUsers"), page}};
}

QString ConnectionTester::serviceDisplayName(Service s)
{
    switch (s) {
    case Service::Id:
        return tr("Agent Identity");
    case Service::CloudIdentity:
        return tr("Cloud Identity");
    case Service::CloudSso:
        return tr("CloudSSO");
    }
    return {};
}

void ConnectionTester::start(const Profile &profile, const Credentials &credentials, int timeoutMs)
{
    abort();
    ++m_generation;
    m_running = true;
    m_checks.clear();
    m_calls.clear();
    m_timer.start();

    if (m_client) {
        m_client->cancelAll();
        m_client->deleteLater();
    }
    m_client = new ApiClient(this);
    m_client->setMaxAttempts(1);
    m_client->setDefaultTimeout(timeoutMs);
    const QString configError = Session::configureClient(m_client, profile, credentials);
    const QList<Probe> list = probes(profile);
    for (const Probe &probe : list) {
        Check c;
        c.service = probe.service;
        c.action = probe.action;
        m_checks << c;
    }
    if (!configError.isEmpty()) {
        finishLater(ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("InvalidCaBundle"), configError));
        return;
    }
    if (!credentials.isComplete()) {
        finishLater(ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("MissingCredentials"),
                                   tr("The profile has no access key ID or secret key.")));
        return;
    }
    m_pending = int(list.size());
    for (int i = 0; i < list.size(); ++i) {
        CallOptions options;
        options.owner = this;
        options.timeoutMs = timeoutMs;
        options.maxAttempts = 1;
        ApiCall *call = m_client->call(list[i].service, list[i].action, list[i].params, options);
        m_calls << call;
        const quint64 generation = m_generation;
        connect(call, &ApiCall::finished, this, [this, i, generation](const ApiResult &result) {
            if (generation == m_generation)
                onCallFinished(i, result);
        });
    }
}

void ConnectionTester::finishLater(const ApiError &error)
{
    for (Check &c : m_checks) {
        c.ok = false;
        c.error = error;
    }
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return;
        m_running = false;
        emit finished(false);
    });
}

void ConnectionTester::onCallFinished(int index, const ApiResult &result)
{
    if (index < 0 || index >= m_checks.size())
        return;
    Check &c = m_checks[index];
    c.ok = result.ok;
    c.latencyMs = result.elapsedMs > 0 ? result.elapsedMs : m_timer.elapsed();
    c.requestId = result.ok ? result.requestId : result.error.requestId;
    c.error = result.error;
    if (--m_pending > 0)
        return;
    m_running = false;
    emit finished(succeeded());
}

bool ConnectionTester::abort()
{
    if (!m_running)
        return false;
    ++m_generation; // late answers of the old run are ignored
    m_running = false;
    m_pending = 0;
    if (m_client)
        m_client->cancelAll(this);
    for (Check &c : m_checks) {
        if (!c.ok && !c.error.isError())
            c.error = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("Cancelled"), tr("Cancelled."));
    }
    return true;
}

void ConnectionTester::cancel()
{
    if (abort())
        emit finished(false);
}

bool ConnectionTester::succeeded() const
{
    if (m_checks.isEmpty())
        return false;
    for (const Check &c : m_checks) {
        if (!c.ok)
            return false;
    }
    return true;
}

ApiError ConnectionTester::firstError() const
{
    for (const Check &c : m_checks) {
        if (!c.ok)
            return c.error;
    }
    return {};
}

QString ConnectionTester::summary(const QList<Check> &checks)
{
    QStringList parts;
    qint64 slowest = 0;
    bool allOk = !checks.isEmpty();
    for (const Check &c : checks) {
        if (c.ok) {
            parts << tr("%1 %2 ms").arg(serviceDisplayName(c.service)).arg(c.latencyMs);
            slowest = qMax(slowest, c.latencyMs);
        } else {
            allOk = false;
            parts << tr("%1 failed").arg(serviceDisplayName(c.service));
        }
    }
    if (allOk)
        return tr("Connected in %1 ms (%2).").arg(slowest).arg(parts.join(QStringLiteral(", ")));
    return tr("Connection test failed (%1).").arg(parts.join(QStringLiteral(", ")));
}
