// SPDX-License-Identifier: GPL-3.0-or-later
#include "Emulator.h"

#include "DatasetBuilder.h"
#include "FaultInjector.h"
#include "HttpServerAdapter.h"
#include "RequestDispatcher.h"
#include "StatePersister.h"

#include <QElapsedTimer>

#include <cstdio>

namespace emu {

Emulator::Emulator(QObject *parent) : QObject(parent) {}

Emulator::~Emulator()
{
    m_server.reset(); // connections refer to the dispatcher
}

bool Emulator::loadCredentials(const EmulatorOptions &options, CredentialStore *store, QString *error)
{
    if (!options.accessKey.isEmpty()) {
        const QByteArray secret = qgetenv("IDCONSOLE_EMULATOR_SECRET");
        if (secret.isEmpty()) {
            *error = QStringLiteral("--access-key %1 needs its secret in the environment variable "
                                    "IDCONSOLE_EMULATOR_SECRET")
                         .arg(options.accessKey);
            return false;
        }
        store->add(options.accessKey, secret);
    }
    if (!options.credentialsFile.isEmpty() && !store->loadFile(options.credentialsFile, error))
        return false;
    if (store->isEmpty()) {
        *error = QStringLiteral("no credentials: pass --access-key AK (secret in IDCONSOLE_EMULATOR_SECRET) and/or "
                                "--credentials-file FILE");
        return false;
    }
    return true;
}

int Emulator::start(const EmulatorOptions &options, QString *error, QStringList *warnings)
{
    if (!loadCredentials(options, &m_credentials, error))
        return 2;
    m_clock.setSkewSeconds(options.clockSkewSeconds);

    bool build = true;
    if (!options.statePath.isEmpty()) {
        m_persister = std::make_unique<StatePersister>(options.statePath);
        switch (m_persister->load(m_store, error)) {
        case StatePersister::LoadResult::Error:
            return 2;
        case StatePersister::LoadResult::Loaded:
            build = false;
            if (warnings)
                warnings->append(QStringLiteral("loaded state from %1 (dataset options ignored)").arg(options.statePath));
            break;
        case StatePersister::LoadResult::Missing:
            break;
        }
    }
    if (build) {
        QElapsedTimer timer;
        timer.start();
        DatasetBuilder::Options o;
        o.dataset = options.dataset;
        o.users = options.users;
        o.events = options.events;
        o.poolUsers = options.poolUsers;
        o.seed = options.seed;
        o.nowMs = m_clock.nowMs();
        DatasetBuilder(o).build(m_store);
        m_buildMs = timer.elapsed();
        if (m_persister && !m_persister->save(m_store, error))
            return 2;
    }

    m_faults = std::make_unique<FaultInjector>(options.seed);
    m_faults->setFailRate(options.failRate);
    m_faults->setResetRate(options.resetRate);
    m_faults->setLatency(options.latencyMinMs, options.latencyMaxMs);
    m_dispatcher = std::make_unique<RequestDispatcher>(m_store, m_credentials, m_clock);
    m_dispatcher->setThrottleQps(options.throttleQps);
    m_dispatcher->setFaultInjector(m_faults.get());
    m_dispatcher->setPersister(m_persister.get());
    ServicePolicy &policy = m_dispatcher->policy();
    policy = ServicePolicy(options.seed);
    policy.setWriteLockMs(options.writeLockMs);
    policy.setCloudIdentityStatus(options.serviceStatus);
    for (const QString &key : options.readOnlyKeys)
        policy.addReadOnlyKey(key);
    for (const auto &q : options.quotas)
        policy.setQuota(q.first, q.second);
    policy.setRetryTaskMs(options.retryTaskMs);
    policy.setStatusConflictRate(options.statusConflictRate);
    if (options.log) {
        m_dispatcher->setLogSink([](const QString &line) {
            const QByteArray bytes = line.toUtf8() + '\n';
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
            std::fflush(stderr);
        });
    }

    if (!options.bind.isLoopback() && warnings)
        warnings->append(QStringLiteral("warning: listening on %1, which is not a loopback address. The emulator has "
                                        "no TLS and serves fake data; do not expose it.")
                             .arg(options.bind.toString()));
    m_server = std::make_unique<HttpServerAdapter>(m_dispatcher.get());
    if (!m_server->listen(options.bind, options.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(options.bind.toString())
                     .arg(options.port)
                     .arg(m_server->errorString());
        return 1;
    }
    return 0;
}

quint16 Emulator::port() const
{
    return m_server ? m_server->port() : 0;
}

} // namespace emu
