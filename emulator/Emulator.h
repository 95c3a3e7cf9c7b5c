// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialStore.h"
#include "DataStore.h"
#include "EmulatorClock.h"
#include "EmulatorOptions.h"

#include <QObject>

#include <memory>

namespace emu {

class FaultInjector;
class HttpServerAdapter;
class RequestDispatcher;
class StatePersister;

// Wires everything together: credentials, clock, state (dataset or state file), dispatcher and HTTP adapter.
class Emulator : public QObject
{
    Q_OBJECT
public:
    explicit Emulator(QObject *parent = nullptr);
    ~Emulator() override;

    // Exit codes: 0 started, 2 configuration/state error, 1 cannot listen. Messages go to `error`;
    // non-fatal warnings to `warnings`.
    int start(const EmulatorOptions &options, QString *error, QStringList *warnings = nullptr);
    quint16 port() const;
    qint64 datasetBuildMs() const { return m_buildMs; }

    DataStore &store() { return m_store; }
    RequestDispatcher *dispatcher() { return m_dispatcher.get(); }
    EmulatorClock &clock() { return m_clock; }

    // Loads credentials from --access-key + IDCONSOLE_EMULATOR_SECRET and/or --credentials-file.
    static bool loadCredentials(const EmulatorOptions &options, CredentialStore *store, QString *error);

private:
    EmulatorClock m_clock;
    CredentialStore m_credentials;
    DataStore m_store;
    std::unique_ptr<StatePersister> m_persister;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<RequestDispatcher> m_dispatcher;
    std::unique_ptr<HttpServerAdapter> m_server;
    qint64 m_buildMs = 0;
};

} // namespace emu
