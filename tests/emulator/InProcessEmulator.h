// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialStore.h"
#include "DataStore.h"
#include "EmulatorClock.h"
#include "FaultInjector.h"
#include "HttpResponse.h"
#include "RequestDispatcher.h"
#include "SignedRequestFactory.h"

#include <QJsonObject>

#include <memory>

// The emulator's request pipeline without sockets: a dataset, a fixed clock and the dispatcher.
class InProcessEmulator
{
public:
    struct Reply
    {
        int status = 0;
        QJsonObject json;
        emu::HttpResponse raw;
    };

    static constexpr const char *AccessKey = "AKLTemulatortest0001";
    static constexpr const char *Secret = "emulator-test-secret";
    static QDateTime fixedNow();

    explicit InProcessEmulator(const QString &dataset = QStringLiteral("demo"), quint64 seed = 7, int users = 1000,
                               int events = 0, int poolUsers = 0);

    emu::DataStore &store() { return m_store; }
    emu::EmulatorClock &clock() { return m_clock; }
    emu::RequestDispatcher &dispatcher() { return *m_dispatcher; }
    emu::FaultInjector &faults() { return m_faults; }
    const SignedRequestFactory &signer() const { return m_signer; }

    Reply send(const emu::HttpRequest &request);
    // Volcengine call; the service picks the version (id -> 2025-10-30, cloudidentity -> 2023-01-01).
    Reply id(const QString &action, const QJsonObject &body = {});
    Reply ci(const QString &action, const QJsonObject &body = {});
    Reply volcRaw(const QString &action, const QString &service, const QByteArray &body);
    Reply sso(const QString &action, QList<QPair<QString, QString>> params = {}, bool withDirectory = true);
    QString directoryId() const;
    // Users of the first CloudSSO directory (the argument keeps call sites short).
    static const std::vector<emu::SsoUser> &ssoDirectoryUsers(InProcessEmulator &emu);

    // Convenience accessors for assertions.
    static QString volcErrorCode(const Reply &reply);
    static QString volcErrorMessage(const Reply &reply);
    static QJsonObject volcResult(const Reply &reply);

private:
    emu::DataStore m_store;
    emu::CredentialStore m_credentials;
    emu::EmulatorClock m_clock;
    emu::FaultInjector m_faults;
    std::unique_ptr<emu::RequestDispatcher> m_dispatcher;
    SignedRequestFactory m_signer;
};
